import type { ApiCaller } from '../../api/apiCaller.ts'
import { useOutletContext } from '../../app/router.tsx'
import type { Session } from '../../app/sessionStore.ts'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'

/**
 * What the workshop screen hands its views (board, plan, presentation): the docs, the session
 * and the caller the HTTP API knows this person by.
 */
export interface WorkshopOutletContext {
  docs: WorkshopDocs
  session: Session
  api: ApiCaller
}

export function useWorkshopOutlet(): WorkshopOutletContext {
  return useOutletContext<WorkshopOutletContext>()
}
