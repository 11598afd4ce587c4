import { useOutletContext } from '../../app/router.tsx'
import type { Session } from '../../app/sessionStore.ts'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'

/** What the workshop screen hands its views (board, plan, presentation): the docs and session. */
export interface WorkshopOutletContext {
  docs: WorkshopDocs
  session: Session
}

export function useWorkshopOutlet(): WorkshopOutletContext {
  return useOutletContext<WorkshopOutletContext>()
}
