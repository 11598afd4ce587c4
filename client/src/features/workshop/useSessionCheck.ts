import { workshopSchema } from '@pactboard/shared'
import { useEffect } from 'react'
import { ApiError, fetchWorkshop } from '../../api/http.ts'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import type { SessionEnd } from '../../sync/connectionStore.ts'

/**
 * Asks the server whether the stored token still holds (and refreshes the workshop). Only a
 * 401 ends the session: being offline must not, the docs work from IndexedDB meanwhile. A 401
 * PARTICIPANT_REMOVED says a facilitator removed this person, which the join page says so; a
 * 404 WORKSHOP_NOT_FOUND that the workshop was deleted.
 */
/** `onEnded` should be stable (useCallback), or the check runs again on every render. */
export function useSessionCheck(session: Session, onEnded: (why: SessionEnd) => void): void {
  const { token } = session
  const workshopId = session.workshop.id
  useEffect(() => {
    let cancelled = false
    fetchWorkshop({ workshopId, token }).then(
      ({ workshop, joinCode }) => {
        const parsed = workshopSchema.safeParse(workshop)
        if (cancelled || !parsed.success || typeof joinCode !== 'string') return
        useSessionStore.getState().updateWorkshop(workshopId, parsed.data, joinCode)
      },
      (error: unknown) => {
        if (cancelled || !(error instanceof ApiError)) return
        // [G1] A genuine token whose workshop is gone: it was deleted.
        if (error.code === 'WORKSHOP_NOT_FOUND') onEnded('workshopDeleted')
        if (error.status !== 401) return
        onEnded(error.code === 'PARTICIPANT_REMOVED' ? 'removed' : 'sessionExpired')
      },
    )
    return () => {
      cancelled = true
    }
  }, [workshopId, token, onEnded])
}
