import type { JoinResponse } from '@pactboard/shared'
import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { cleanup, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '../../app/sessionStore.ts'
import { apiCalls, renderAt } from '../../test/render.tsx'

const workshop = makeWorkshop()

function mockFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** The join request itself (the screen first asks which languages the workshop speaks). */
function joinCall(fetchMock: { mock: { calls: unknown[][] } }): [string, RequestInit] {
  const call = fetchMock.mock.calls.find(([url]) => url === '/api/join')
  if (!call) throw new Error('no request to /api/join')
  return call as [string, RequestInit]
}

afterEach(() => {
  // Unmount before the real fetch is back, so the workshop screen cannot reach for it.
  cleanup()
  vi.unstubAllGlobals()
})

describe('join page', () => {
  it('prefills the code from the URL, formatted', () => {
    renderAt('/join/acdefg')
    expect(screen.getByLabelText('Join code')).toHaveValue('ACD-EFG')
    expect(screen.getByRole('heading', { level: 1, name: 'Join a workshop' })).toBeInTheDocument()
  })

  it('asks for a valid code and a name before calling the server', async () => {
    const fetchMock = mockFetch(200, {})
    renderAt('/join')
    await userEvent.type(screen.getByLabelText('Join code'), 'AB1')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))

    const code = screen.getByLabelText('Join code')
    expect(code).toHaveAttribute('aria-invalid', 'true')
    expect(code).toHaveAccessibleDescription(/Enter the 6-character code/)
    const name = screen.getByLabelText('Display name')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(name).toHaveAccessibleDescription(/Enter a name that others will see/)
    expect(code).toHaveFocus()
    expect(apiCalls(fetchMock)).toEqual([])
  })

  it('joins with code and name, keeps the session and opens the workshop', async () => {
    const response: JoinResponse = {
      workshopId: workshop.id,
      joinCode: 'ACDEFG',
      token: 'tok',
      participant: makeParticipant({ id: 'p-1', displayName: 'Anna' }),
      workshop,
    }
    const fetchMock = mockFetch(200, response)
    const { router } = renderAt('/join/ACDEFG')
    await userEvent.type(screen.getByLabelText('Display name'), '  Anna ')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))

    await waitFor(() => expect(router.state.location.pathname).toBe('/w/w-1'))
    expect(fetchMock).toHaveBeenCalledWith('/api/join', expect.objectContaining({ method: 'POST' }))
    const init = joinCall(fetchMock)
    expect(JSON.parse(String(init[1].body))).toEqual({
      code: 'ACDEFG',
      displayName: 'Anna',
      role: 'participant',
    })
    expect(useSessionStore.getState().sessions['w-1']).toMatchObject({
      token: 'tok',
      joinCode: 'ACDEFG',
    })
    expect(
      JSON.parse(localStorage.getItem('pactboard:sessions') ?? '{}').state.sessions['w-1'].token,
    ).toBe('tok')
  })

  it('joins as an organisation representative when the toggle is on', async () => {
    const fetchMock = mockFetch(200, {
      workshopId: workshop.id,
      joinCode: 'ACDEFG',
      token: 'tok',
      participant: makeParticipant({ role: 'company' }),
      workshop,
    })
    renderAt('/join/ACDEFG')
    await userEvent.type(screen.getByLabelText('Display name'), 'Erik')
    expect(screen.queryByLabelText('Organisation name')).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('checkbox', { name: 'I represent an organisation' }))
    await userEvent.type(screen.getByLabelText('Organisation name'), 'Umeå Energi')
    await userEvent.selectOptions(screen.getByLabelText('Kind of organisation'), 'utility')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))

    const init = await waitFor(() => joinCall(fetchMock))
    expect(JSON.parse(String(init[1].body))).toMatchObject({
      role: 'company',
      actor: { name: 'Umeå Energi', kind: 'utility' },
    })
  })

  it('says so on the code field when no workshop has the code', async () => {
    mockFetch(404, { error: { code: 'JOIN_CODE_UNKNOWN', message: 'Unknown join code' } })
    renderAt('/join/ACDEFG')
    await userEvent.type(screen.getByLabelText('Display name'), 'Anna')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByText(/No workshop has this code/)).toBeInTheDocument()
    expect(screen.getByLabelText('Join code')).toHaveAttribute('aria-invalid', 'true')
  })

  it('tells the person when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    renderAt('/join/ACDEFG')
    await userEvent.type(screen.getByLabelText('Display name'), 'Anna')
    await userEvent.click(screen.getByRole('button', { name: 'Join' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/Cannot reach the server/)
  })

  it('sends someone without a session in a workshop to the join page', () => {
    const { router } = renderAt('/w/unknown-workshop')
    expect(router.state.location.pathname).toBe('/join')
  })
})
