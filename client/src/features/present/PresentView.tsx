import { useWorkshopOutlet } from '../workshop/workshopOutlet.ts'
import { Presentation } from './Presentation.tsx'

/** `/w/:workshopId/present`: the presentation, on the docs the workshop screen keeps open. */
export function PresentView() {
  const { docs, session } = useWorkshopOutlet()
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
