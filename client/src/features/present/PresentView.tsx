import type { Session } from '../../app/sessionStore.ts'
import type { WorkshopDocsWithPlan } from '../../sync/useWorkshopDocs.ts'
import { Presentation } from './Presentation.tsx'

/** `/w/:workshopId/present`: the presentation, on the docs the workshop screen keeps open. */
export function PresentView({ docs, session }: { docs: WorkshopDocsWithPlan; session: Session }) {
  return (
    <Presentation
      title={session.workshop.title}
      city={session.workshop.city}
      joinCode={session.joinCode}
      board={docs.board.doc}
      plan={docs.plan.doc}
      ledger={docs.ledger.doc}
      control={docs.control.doc}
      awareness={docs.board.provider.awareness}
    />
  )
}
