import { makeParticipant, makeWorkshop } from '@pactboard/shared/test/fixtures'
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetSessionStore, type Session, useSessionStore } from '../../app/sessionStore.ts'
import { RENEW_BEFORE_MS, useStaffTokenRenewal } from './useStaffTokenRenewal.ts'

const NOW = Date.parse('2026-03-03T18:00:00.000Z')
const workshop = makeWorkshop({ id: 'w-1' })
const participant = makeParticipant({ id: 'p-1', role: 'facilitator' })

function staffSession(token: string, expiresAtMs: number): Session {
  return {
    token,
    participant,
    workshop,
    joinCode: 'ACDEFG',
    staffTokenExpiresAt: new Date(expiresAtMs).toISOString(),
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  resetSessionStore()
})

describe('a staff member’s workshop token', () => {
  it('is renewed from the session five minutes before it runs out', async () => {
    const expiresAtMs = NOW + 60 * 60_000
    const fetchMock = vi.fn(
      async () =>
        new Response(
          JSON.stringify({
            workshop,
            joinCode: 'ACDEFG',
            token: 'renewed',
            participant,
            expiresAt: new Date(expiresAtMs + 60 * 60_000).toISOString(),
          }),
        ),
    )
    vi.stubGlobal('fetch', fetchMock)
    const session = staffSession('first', expiresAtMs)
    useSessionStore.getState().saveSession(session)
    renderHook(() => useStaffTokenRenewal(session))
    await act(() => vi.advanceTimersByTimeAsync(60 * 60_000 - RENEW_BEFORE_MS - 1000))
    expect(fetchMock).not.toHaveBeenCalled()
    await act(() => vi.advanceTimersByTimeAsync(2000))
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/workspace/workshops/w-1/open',
      expect.objectContaining({ method: 'POST', body: '{}' }),
    )
    expect(useSessionStore.getState().sessions['w-1']?.token).toBe('renewed')
  })

  it('is left alone when it did not come from a staff session', async () => {
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    const { staffTokenExpiresAt: _none, ...participantSession } = staffSession('t', NOW + 60_000)
    renderHook(() => useStaffTokenRenewal(participantSession))
    await act(() => vi.advanceTimersByTimeAsync(24 * 60 * 60_000))
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
