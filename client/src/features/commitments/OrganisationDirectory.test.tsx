import { addActor } from '@pactboard/shared'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { OrganisationDirectory } from './OrganisationDirectory.tsx'

const api = { workshopId: 'w-1', token: 'tok' }
const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('OrganisationDirectory', () => {
  it('[P25] adds an organisation with every column of the signatories table', async () => {
    const board = new Y.Doc()
    const fetchMock = vi.fn(async () => json({ organisation: {} }, 201))
    vi.stubGlobal('fetch', fetchMock)
    render(<OrganisationDirectory board={board} api={api} />)
    expect(screen.getByText('No organisations yet.')).toBeVisible()
    await userEvent.click(screen.getByText('Add an organisation', { selector: 'summary' }))
    await userEvent.type(screen.getByLabelText('Name'), 'City of Umeå, Environment')
    await userEvent.selectOptions(screen.getByLabelText('Kind of organisation'), 'city_department')
    await userEvent.type(screen.getByLabelText('Signatory’s name'), 'Hanna Lind')
    await userEvent.type(screen.getByLabelText('Signatory’s position'), 'Director')
    await userEvent.click(screen.getByRole('button', { name: 'Add an organisation' }))
    expect(await screen.findByText('Organisation added.')).toBeVisible()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect([init.method, url]).toEqual(['POST', '/api/workshops/w-1/organisations'])
    expect(JSON.parse(String(init.body))).toMatchObject({
      name: 'City of Umeå, Environment',
      kind: 'city_department',
      responsiblePerson: 'Hanna Lind',
      position: 'Director',
    })
  })

  it('[W21] says so when the workspace’s directory had the organisation already', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ organisation: { name: 'Skånetrafiken' }, fromDirectory: true }, 200),
      ),
    )
    render(<OrganisationDirectory board={new Y.Doc()} api={api} />)
    await userEvent.click(screen.getByText('Add an organisation', { selector: 'summary' }))
    await userEvent.type(screen.getByLabelText('Name'), 'SKÅNETRAFIKEN')
    await userEvent.click(screen.getByRole('button', { name: 'Add an organisation' }))
    expect(
      await screen.findByText(/Skånetrafiken was already in the workspace’s directory/),
    ).toBeVisible()
    expect(screen.queryByText('Organisation added.')).toBeNull()
  })

  it('[P26] makes an invite link for one organisation', async () => {
    const board = new Y.Doc()
    const energi = addActor(board, { name: 'Umeå Energi', kind: 'utility', orgNumber: '556000-1' })
    const fetchMock = vi.fn(async () =>
      json({ invite: { id: 'i-1', path: '/join?invite=abc', role: 'company' } }, 201),
    )
    vi.stubGlobal('fetch', fetchMock)
    render(<OrganisationDirectory board={board} api={api} />)
    const entry = screen.getByText('Umeå Energi').closest('li')!
    expect(within(entry).getByText(/556000-1/)).toBeVisible()
    await userEvent.click(
      within(entry).getByRole('button', { name: 'Invite link for Umeå Energi' }),
    )
    const link = await screen.findByRole('textbox', { name: 'Invite link for Umeå Energi' })
    expect(link).toHaveValue(`${window.location.origin}/join?invite=abc`)
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-1/invites')
    expect(JSON.parse(String(init.body))).toEqual({ role: 'company', actorId: energi.id })
  })

  it('says in words that the organisation is already there (409)', async () => {
    const board = new Y.Doc()
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json({ error: { code: 'ORGANISATION_EXISTS', message: 'x is already here' } }, 409),
      ),
    )
    render(<OrganisationDirectory board={board} api={api} />)
    await userEvent.click(screen.getByText('Add an organisation', { selector: 'summary' }))
    await userEvent.type(screen.getByLabelText('Name'), 'Umeå Energi')
    await userEvent.click(screen.getByRole('button', { name: 'Add an organisation' }))
    expect(await screen.findByText(/This organisation is already in the workshop/)).toBeVisible()
  })
})
