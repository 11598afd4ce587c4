import type { Participant, Workshop } from '@pactboard/shared'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/**
 * Who I am in each workshop I joined: the token the server signed, my participant record, the
 * workshop and its join code. Persisted per workshop, so a reload (or a phone that slept) keeps
 * the session. UI and session state only; the workshop's content lives in its Yjs docs.
 */
export interface Session {
  token: string
  participant: Participant
  workshop: Workshop
  joinCode: string
  /**
   * Set when the token came from a staff account's session (docs/workspaces.md): when it runs
   * out (ISO). The token is short-lived and renewed from the session before then.
   */
  staffTokenExpiresAt?: string
}

interface SessionState {
  sessions: Record<string, Session>
  saveSession: (session: Session) => void
  updateWorkshop: (workshopId: string, workshop: Workshop, joinCode: string) => void
  forgetSession: (workshopId: string) => void
}

export const SESSION_STORAGE_KEY = 'pactboard:sessions'

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      sessions: {},
      saveSession: (session) =>
        set((state) => ({ sessions: { ...state.sessions, [session.workshop.id]: session } })),
      updateWorkshop: (workshopId, workshop, joinCode) =>
        set((state) => {
          const current = state.sessions[workshopId]
          if (!current) return state
          return {
            sessions: { ...state.sessions, [workshopId]: { ...current, workshop, joinCode } },
          }
        }),
      forgetSession: (workshopId) =>
        set((state) => {
          const { [workshopId]: _gone, ...rest } = state.sessions
          return { sessions: rest }
        }),
    }),
    {
      name: SESSION_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ sessions: state.sessions }),
    },
  ),
)

export function useSession(workshopId: string | undefined): Session | null {
  return useSessionStore((state) => (workshopId ? (state.sessions[workshopId] ?? null) : null))
}

export function resetSessionStore(): void {
  useSessionStore.setState({ sessions: {} })
}
