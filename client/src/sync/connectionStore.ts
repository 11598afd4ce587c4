import { CLOSE_CODES, type DocName } from '@pactboard/shared'
import { create } from 'zustand'

/**
 * How this browser is connected to the workshop, for the badge and for final-close handling.
 * Fed by the providers' `status` and `closed` events and the window's online/offline events;
 * read through `selectConnectionState`.
 */

export type ProviderStatus = 'connecting' | 'connected' | 'disconnected'
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline'

export interface FinalClose {
  doc: DocName
  code: number
  reason: string
}

interface ConnectionStoreState {
  statuses: Partial<Record<DocName, ProviderStatus>>
  browserOnline: boolean
  /** Whether every doc was connected at least once since the screen opened. */
  everOnline: boolean
  finalClose: FinalClose | null
  /** The doc whose write the server refused (y-protocols auth "permission denied"). */
  writeRefused: DocName | null
  setStatus: (doc: DocName, status: ProviderStatus) => void
  setBrowserOnline: (online: boolean) => void
  setFinalClose: (close: FinalClose) => void
  setWriteRefused: (doc: DocName | null) => void
  forgetDoc: (doc: DocName) => void
}

const initialState = {
  statuses: {},
  browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
  everOnline: false,
  finalClose: null,
  writeRefused: null,
}

export const useConnectionStore = create<ConnectionStoreState>()((set) => ({
  ...initialState,
  setStatus: (doc, status) =>
    set((state) => {
      const statuses = { ...state.statuses, [doc]: status }
      const allConnected = Object.values(statuses).every((s) => s === 'connected')
      return { statuses, everOnline: state.everOnline || allConnected }
    }),
  setBrowserOnline: (browserOnline) => set({ browserOnline }),
  // The first final close wins: it is the reason the screen shows.
  setFinalClose: (close) => set((state) => ({ finalClose: state.finalClose ?? close })),
  setWriteRefused: (writeRefused) => set({ writeRefused }),
  forgetDoc: (doc) =>
    set((state) => {
      const { [doc]: _gone, ...statuses } = state.statuses
      return { statuses }
    }),
}))

export function selectConnectionState(state: {
  statuses: Partial<Record<DocName, ProviderStatus>>
  browserOnline: boolean
  everOnline: boolean
  finalClose: FinalClose | null
}): ConnectionState {
  if (!state.browserOnline || state.finalClose) return 'offline'
  const statuses = Object.values(state.statuses)
  if (statuses.length > 0 && statuses.every((s) => s === 'connected')) return 'online'
  return state.everOnline ? 'reconnecting' : 'connecting'
}

/** Why a session ended: its token is no longer good, its person was removed, its workshop deleted. */
export type SessionEnd = 'sessionExpired' | 'removed' | 'workshopDeleted'

/**
 * A final close that ends this session: the token is no longer good (4401), a facilitator
 * removed this person (4410), or the workshop is gone (4404: a genuine token's workshop no longer
 * exists, [G1]). Other final closes keep the screen.
 */
export function sessionEndOf(close: FinalClose | null): SessionEnd | null {
  if (close?.code === CLOSE_CODES.unauthorized.code) return 'sessionExpired'
  if (close?.code === CLOSE_CODES.removed.code) return 'removed'
  if (close?.code === CLOSE_CODES.notFound.code) return 'workshopDeleted'
  return null
}

export function resetConnectionStore(): void {
  useConnectionStore.setState({ ...initialState, browserOnline: true })
}

/** Mirrors the window's online/offline events into the store; returns the unsubscribe. */
export function watchBrowserOnline(): () => void {
  const update = () => useConnectionStore.getState().setBrowserOnline(navigator.onLine)
  update()
  window.addEventListener('online', update)
  window.addEventListener('offline', update)
  return () => {
    window.removeEventListener('online', update)
    window.removeEventListener('offline', update)
  }
}
