import type { Actor } from '@pactboard/shared'
import { makeWorkshop } from '@pactboard/shared/test/fixtures'
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetSessionStore } from '../../app/sessionStore.ts'
import { apiCalls, renderAt } from '../../test/render.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  resetSessionStore()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

const session = (role: 'facilitator' | 'planner') => ({
  account: {
    id: 'a-1',
    workspaceId: 'ws-1',
    email: 'anna@malmo.se',
    displayName: 'Anna',
    role,
    isAdmin: true,
    createdAt: '2026-03-01T00:00:00.000Z',
  },
  workspace: {
    id: 'ws-1',
    name: 'Malmö stad',
    kind: 'city',
    language: 'sv',
    createdAt: '2026-03-01T00:00:00.000Z',
  },
})

const energi: Actor = {
  id: 'o-1',
  name: 'Umeå Energi AB',
  kind: 'utility',
  orgNumber: '556097-8602',
  sector: 'Energy',
  legalForm: 'Aktiebolag',
  responsiblePerson: 'Signe Lind',
  position: 'CEO',
  createdAt: '2026-03-01T00:00:00.000Z',
}

const workshop = makeWorkshop({ id: 'w-7', title: 'Klimatkväll', city: 'Malmö' })

/** The workspace page's server: the directory as `organisations` holds it. */
function stubServer(role: 'facilitator' | 'planner', organisations: Actor[]) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url}`
    if (key === 'GET /api/session') return json(session(role))
    if (key === 'GET /api/workspace/workshops') {
      return json({ workshops: [{ workshop, joinCode: 'ACDEFG' }] })
    }
    if (key === 'GET /api/workspace/candidates') return json({ candidates: [] })
    if (key === 'GET /api/workspace/organisations') return json({ organisations })
    if (key === 'POST /api/workspace/organisations') {
      const added = { ...energi, ...JSON.parse(String(init.body)), id: 'o-2' }
      organisations.push(added)
      return json({ organisation: added }, 201)
    }
    if (key === 'POST /api/workspace/organisations/o-1/invites') {
      return json({ invite: { path: '/join?invite=tok', token: 'tok' } }, 201)
    }
    return json({ error: { code: 'NOT_FOUND', message: 'x' } }, 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('[W20] the workspace’s organisations on its page', () => {
  it('lists each organisation with its signatory, and lets a facilitator add one, the city’s own department too', async () => {
    const fetchMock = stubServer('facilitator', [energi])
    renderAt('/workspace')
    const section = await screen.findByRole('region', { name: 'Organisations' })
    expect(await within(section).findByRole('heading', { name: 'Umeå Energi AB' })).toBeVisible()
    expect(within(section).getByText('Signatory: Signe Lind, CEO')).toBeVisible()
    await userEvent.click(within(section).getByText('Add an organisation', { selector: 'summary' }))
    await userEvent.type(within(section).getByLabelText('Name'), 'Miljöförvaltningen')
    await userEvent.selectOptions(
      within(section).getByLabelText('Kind of organisation'),
      'city_department',
    )
    await userEvent.click(within(section).getByRole('button', { name: 'Add an organisation' }))
    expect(await within(section).findByRole('status')).toHaveTextContent(
      '“Miljöförvaltningen” was added.',
    )
    const sent = apiCalls(fetchMock).find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(sent?.[1].body))).toMatchObject({
      name: 'Miljöförvaltningen',
      kind: 'city_department',
    })
    expect(
      await within(section).findByRole('heading', { name: 'Miljöförvaltningen' }),
    ).toBeVisible()
  })

  it('[W23] makes a representative’s invite link into a chosen workshop', async () => {
    stubServer('facilitator', [energi])
    renderAt('/workspace')
    const section = await screen.findByRole('region', { name: 'Organisations' })
    expect(
      await within(section).findByLabelText('Invite a representative of Umeå Energi AB to'),
    ).toHaveValue('w-7')
    await userEvent.click(
      await within(section).findByRole('button', {
        name: 'Make invite link for a representative of Umeå Energi AB',
      }),
    )
    expect(await within(section).findByLabelText('Invite link for Umeå Energi AB')).toHaveValue(
      `${window.location.origin}/join?invite=tok`,
    )
  })

  it('shows a planner the directory without ways to change it', async () => {
    stubServer('planner', [energi])
    renderAt('/workspace')
    const section = await screen.findByRole('region', { name: 'Organisations' })
    expect(await within(section).findByRole('heading', { name: 'Umeå Energi AB' })).toBeVisible()
    expect(within(section).queryByText('Add an organisation')).toBeNull()
    expect(within(section).queryByRole('button')).toBeNull()
  })
})
