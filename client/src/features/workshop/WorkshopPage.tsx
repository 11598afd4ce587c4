import { Navigate, useParams } from '../../app/router.tsx'
import { useSession } from '../../app/sessionStore.ts'
import { WorkshopScreen } from './WorkshopScreen.tsx'

/** `/w/:workshopId`: the workshop for someone with a session in it, else the join page. */
export function WorkshopPage() {
  const { workshopId } = useParams()
  const session = useSession(workshopId)
  if (!session) return <Navigate to="/join" replace />
  return <WorkshopScreen key={session.workshop.id} session={session} />
}
