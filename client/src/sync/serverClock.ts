import { estimateClockOffsetMs } from '@pactboard/shared'
import { useEffect } from 'react'
import { create } from 'zustand'

/**
 * This device's clock against the server's, for the phase timer: the timer stores server times
 * only, and a phone whose clock is a minute off must still show the same second as the
 * projector. One round trip to `GET /api/time` per workshop screen; until it answers (or if it
 * fails) the device's own clock is used.
 */
interface ServerClockState {
  offsetMs: number
  setOffsetMs: (offsetMs: number) => void
}

export const useServerClock = create<ServerClockState>()((set) => ({
  offsetMs: 0,
  setOffsetMs: (offsetMs) => set({ offsetMs }),
}))

export function resetServerClock(): void {
  useServerClock.setState({ offsetMs: 0 })
}

/** The server's "now" as this device best knows it. */
export function serverNowMs(offsetMs: number): number {
  return Date.now() + offsetMs
}

export async function measureClockOffsetMs(): Promise<number | null> {
  const sentAtMs = Date.now()
  try {
    const response = await fetch('/api/time', { cache: 'no-store' })
    const body = (await response.json()) as { serverNowMs?: unknown }
    if (!response.ok || typeof body.serverNowMs !== 'number') return null
    return estimateClockOffsetMs(body.serverNowMs, sentAtMs, Date.now())
  } catch {
    return null
  }
}

/** Measures the offset once while mounted. */
export function useSyncServerClock(): void {
  useEffect(() => {
    let cancelled = false
    void measureClockOffsetMs().then((offsetMs) => {
      if (!cancelled && offsetMs !== null) useServerClock.getState().setOffsetMs(offsetMs)
    })
    return () => {
      cancelled = true
    }
  }, [])
}
