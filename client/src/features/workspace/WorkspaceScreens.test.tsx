import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resetSessionStore, useSessionStore } from '../../app/sessionStore.ts'
import { apiCalls, renderAt } from '../../test/render.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  resetSessionStore()
})

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })
const apiError = (code: string, status: number) =>
  json({ error: { code, message: 'English for logs' } }, status)

const session = (role: 'facilitator' | 'planner' = 'facilitator') => ({
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

const workshop = makeWorkshop({ id: 'w-7', title: 'Klimatkväll', city: 'Malmö' })

/** A stubbed server: each path answers what `routes` says (a function of the request). */
function stubServer(routes: Record<string, (init: RequestInit) => Response>) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${url}`
    const answer = routes[key]
    return answer ? answer(init) : apiError('NOT_FOUND', 404)
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('staff sign-in', () => {
  it('is linked from the start page', async () => {
    stubServer({})
    const { router } = renderAt('/')
    // the start page and the staff pages are fetched when first shown
    await userEvent.click(await screen.findByRole('link', { name: 'Staff sign-in' }))
    expect(router.state.location.pathname).toBe('/signin')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Staff sign-in' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Staff sign-in – Pactboard')
  })

  it('checks the fields before sending anything, then says only "wrong email or password"', async () => {
    const fetchMock = stubServer({ 'POST /api/session': () => apiError('SIGN_IN_FAILED', 401) })
    renderAt('/signin')
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(screen.getByLabelText('Email')).toHaveFocus()
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true')
    expect(apiCalls(fetchMock)).toEqual([])
    await userEvent.type(screen.getByLabelText('Email'), 'anna@malmo.se')
    await userEvent.type(screen.getByLabelText('Password'), 'wrong one')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.')
  })

  it('signs in and shows the workspace', async () => {
    const fetchMock = stubServer({
      'POST /api/session': () => json(session()),
      'GET /api/session': () => json(session()),
      'GET /api/workspace/workshops': () => json({ workshops: [] }),
    })
    const { router } = renderAt('/signin')
    await userEvent.type(await screen.findByLabelText('Email'), 'Anna@malmo.se')
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password')
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspace'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Malmö stad' })).toBeInTheDocument()
    const [url, init] = apiCalls(fetchMock)[0] as [string, RequestInit]
    expect(url).toBe('/api/session')
    expect(JSON.parse(String(init.body))).toEqual({
      email: 'Anna@malmo.se',
      password: 'a long enough password',
    })
  })
})

describe('the workspace page', () => {
  it('sends someone without a session to sign in', async () => {
    stubServer({
      'GET /api/session': () => apiError('NOT_SIGNED_IN', 401),
      'GET /api/workspace/workshops': () => apiError('NOT_SIGNED_IN', 401),
    })
    const { router } = renderAt('/workspace')
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'))
  })

  it('lists the workshops and opens one as the account’s role, keeping a renewable session', async () => {
    stubServer({
      'GET /api/session': () => json(session('planner')),
      'GET /api/workspace/workshops': () => json({ workshops: [{ workshop, joinCode: 'ACDEFG' }] }),
      'POST /api/workspace/workshops/w-7/open': () =>
        json({
          workshop,
          joinCode: 'ACDEFG',
          token: 'staff-token',
          participant: makeParticipant({ id: 'p-a', role: 'planner' }),
          expiresAt: '2099-01-01T00:00:00.000Z',
        }),
    })
    const { router } = renderAt('/workspace')
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Klimatkväll' }),
    ).toBeInTheDocument()
    // a planner creates no workshop
    expect(screen.queryByRole('heading', { name: 'Create a workshop' })).toBeNull()
    // [W14] every workshop's commitments in one register, in the screen's language
    expect(
      screen.getByRole('link', {
        name: 'Download the commitments register of every workshop as XLSX',
      }),
    ).toHaveAttribute('href', '/api/workspace/commitments/export?format=xlsx&lang=en')
    await userEvent.click(
      screen.getByRole('button', { name: /^Open as planner:? ?:? Klimatkväll$/ }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/w-7'))
    expect(useSessionStore.getState().sessions['w-7']).toMatchObject({
      token: 'staff-token',
      staffTokenExpiresAt: '2099-01-01T00:00:00.000Z',
    })
  })

  it('[W25] opens the workspace’s one plan on its Plan tab, as the account’s role', async () => {
    const plan = makeWorkshop({ id: 'plan-ws-1', title: 'Malmö stad: klimatplanen' })
    const calls = stubServer({
      'GET /api/session': () => json(session('planner')),
      'GET /api/workspace/workshops': () => json({ workshops: [] }),
      'POST /api/workspace/plan/open': () =>
        json({
          workshop: plan,
          joinCode: 'ACDEFG',
          token: 'plan-token',
          participant: makeParticipant({ id: 'p-a', role: 'planner' }),
          expiresAt: '2099-01-01T00:00:00.000Z',
        }),
    })
    const { router } = renderAt('/workspace')
    await screen.findByRole('heading', { level: 2, name: 'The workspace’s plan' })
    await userEvent.click(screen.getByRole('button', { name: 'Open the plan' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/plan-ws-1/plan'))
    expect(useSessionStore.getState().sessions['plan-ws-1']).toMatchObject({ token: 'plan-token' })
    expect(calls.mock.calls.map(([url]) => url)).toContain('/api/workspace/plan/open')
  })

  it('creates a workshop in the workspace for a facilitator, then lists it', async () => {
    let created = false
    const fetchMock = stubServer({
      'GET /api/session': () => json(session()),
      'GET /api/workspace/workshops': () =>
        json({ workshops: created ? [{ workshop, joinCode: 'ACDEFG' }] : [] }),
      'POST /api/workspace/workshops': () => {
        created = true
        return json(
          {
            workshop,
            joinCode: 'ACDEFG',
            facilitatorToken: 't',
            participant: makeParticipant({ role: 'facilitator' }),
          },
          201,
        )
      },
    })
    renderAt('/workspace')
    expect(await screen.findByText('No workshops yet.')).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('Title'), 'Klimatkväll')
    await userEvent.type(screen.getByLabelText('City'), 'Malmö')
    await userEvent.click(screen.getByRole('button', { name: 'Create workshop' }))
    expect(await screen.findByRole('status')).toHaveTextContent('“Klimatkväll” was created.')
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Klimatkväll' }),
    ).toBeInTheDocument()
    const posted = apiCalls(fetchMock).find(
      ([url, init]) => url === '/api/workspace/workshops' && init.method === 'POST',
    )
    expect(JSON.parse(String(posted?.[1].body))).toMatchObject({
      title: 'Klimatkväll',
      city: 'Malmö',
    })
  })

  it('signs out', async () => {
    const fetchMock = stubServer({
      'GET /api/session': () => json(session()),
      'GET /api/workspace/workshops': () => json({ workshops: [] }),
      'DELETE /api/session': () => new Response(null, { status: 204 }),
    })
    const { router } = renderAt('/workspace')
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/signin'))
    expect(
      apiCalls(fetchMock).some(([url, init]) => url === '/api/session' && init.method === 'DELETE'),
    ).toBe(true)
  })
})

describe('the set-password page', () => {
  it('says what the link is for, checks the two passwords, and signs in', async () => {
    const fetchMock = stubServer({
      'POST /api/account/link': () =>
        json({ purpose: 'setup', email: 'anna@malmo.se', workspaceName: 'Malmö stad' }),
      'POST /api/account/password': () => json(session()),
      'GET /api/session': () => json(session()),
      'GET /api/workspace/workshops': () => json({ workshops: [] }),
    })
    const { router } = renderAt('/account/set-password#the.signed.link')
    expect(
      await screen.findByText(
        'You are setting up the workspace “Malmö stad” as its administrator (anna@malmo.se).',
      ),
    ).toBeInTheDocument()
    await userEvent.type(screen.getByLabelText('New password'), 'short')
    await userEvent.click(screen.getByRole('button', { name: 'Save password and sign in' }))
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /at least 8 characters/i,
    )
    await userEvent.clear(screen.getByLabelText('New password'))
    await userEvent.type(screen.getByLabelText('New password'), 'a long enough password')
    await userEvent.type(screen.getByLabelText('Repeat the password'), 'a long enough passworD')
    await userEvent.click(screen.getByRole('button', { name: 'Save password and sign in' }))
    expect(screen.getByLabelText('Repeat the password')).toHaveAccessibleDescription(
      'The two passwords are not the same.',
    )
    await userEvent.clear(screen.getByLabelText('Repeat the password'))
    await userEvent.type(screen.getByLabelText('Repeat the password'), 'a long enough password')
    await userEvent.click(screen.getByRole('button', { name: 'Save password and sign in' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/workspace'))
    const posted = apiCalls(fetchMock).find(([url]) => url === '/api/account/password')
    expect(JSON.parse(String(posted?.[1].body))).toEqual({
      link: 'the.signed.link',
      password: 'a long enough password',
    })
  })

  it('says so when the link is used or expired', async () => {
    stubServer({ 'POST /api/account/link': () => apiError('ACCOUNT_LINK_INVALID', 410) })
    renderAt('/account/set-password#used.link')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This link has expired or was already used.',
    )
    expect(screen.queryByLabelText('New password')).toBeNull()
  })
})
