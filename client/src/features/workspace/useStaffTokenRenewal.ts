import { useEffect } from 'react'
import { openWorkspaceWorkshop } from '../../api/workspaceApi.ts'
import { type Session, useSessionStore } from '../../app/sessionStore.ts'
import { staffSession } from './staffSession.ts'

/** How long before its end a staff member's workshop token is renewed. */
export const RENEW_BEFORE_MS = 5 * 60_000
const RETRY_MS = 30_000

/**
 * Keeps a staff member's short-lived workshop token fresh from their session (docs/workspaces.md),
 * so a long workshop is never cut. A session that ended (signed out elsewhere, expired) leaves
 * the token to run out as any other; the workshop then says the session is over.
 */
export function useStaffTokenRenewal(session: Session): void {
  const saveSession = useSessionStore((s) => s.saveSession)
  const workshopId = session.workshop.id
  const expiresAt = session.staffTokenExpiresAt
  useEffect(() => {
    if (!expiresAt) return
    let timer: ReturnType<typeof setTimeout>
    let stopped = false
    const renew = async () => {
      try {
        const opened = await openWorkspaceWorkshop(workshopId)
        if (!stopped) saveSession(staffSession(opened))
      } catch {
        // Offline for a moment, or the session ended: try again while the token still works.
        if (!stopped && Date.parse(expiresAt) > Date.now()) timer = setTimeout(renew, RETRY_MS)
      }
    }
    const delay = Math.max(0, Date.parse(expiresAt) - RENEW_BEFORE_MS - Date.now())
    timer = setTimeout(renew, Math.min(delay, 2 ** 31 - 1))
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [workshopId, expiresAt, saveSession])
}
