import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { useConnectionStore } from '../../sync/connectionStore.ts'
import { renderAt } from '../../test/render.tsx'

const session: Session = {
  token: 'tok',
  joinCode: 'ACDEFG',
  participant: makeParticipant(),
  workshop: makeWorkshop(),
}

function stubFetch(status: number, body: unknown) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  )
}

beforeEach(() => {
  useSessionStore.getState().saveSession(session)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('[P12] a removed participant', () => {
  it('lands on the join page, told why, when the server closes their sockets with 4410', async () => {
    stubFetch(200, { workshop: session.workshop, joinCode: 'ACDEFG' })
    const { router } = renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    act(() =>
      useConnectionStore
        .getState()
        .setFinalClose({ doc: 'ledger', code: 4410, reason: 'Removed from the workshop' }),
    )
    await waitFor(() => expect(router.state.location.pathname).toBe('/join/ACDEFG'))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You were removed from this workshop by the facilitator.',
    )
    // Not the "continue as" shortcut back into a session the server refuses.
    expect(screen.queryByRole('link', { name: /Continue as/ })).toBeNull()
  })

  it('lands there too when the API answers 401 PARTICIPANT_REMOVED', async () => {
    stubFetch(401, { error: { code: 'PARTICIPANT_REMOVED', message: 'removed' } })
    const { router } = renderAt('/w/w-1')
    await waitFor(() => expect(router.state.location.pathname).toBe('/join/ACDEFG'))
    expect(screen.getByRole('alert')).toHaveTextContent('You were removed from this workshop')
  })

  it('is not offered the people panel: only a facilitator is', async () => {
    stubFetch(200, { workshop: session.workshop, joinCode: 'ACDEFG' })
    renderAt('/w/w-1')
    await screen.findByRole('button', { name: 'Add measure' })
    expect(screen.queryByRole('region', { name: /People/ })).toBeNull()
  })
})
