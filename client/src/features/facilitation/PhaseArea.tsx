import { can } from '@pactboard/shared'
import { useLocation } from '../../app/router.tsx'
import type { Session } from '../../app/sessionStore.ts'
import { useSyncServerClock } from '../../sync/serverClock.ts'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { FollowFacilitator } from './FollowFacilitator.tsx'
import { viewOfPath } from './followPath.ts'
import { PhaseBanner } from './PhaseBanner.tsx'

/**
 * Above every workshop view: the phase and its timer, and following the facilitator. The
 * facilitator's own controls are in their console, beside the board.
 */
export function PhaseArea({ docs, session }: { docs: WorkshopDocs; session: Session }) {
  useSyncServerClock()
  const location = useLocation()
  const { role } = session.participant
  const control = docs.control.doc
  const facilitating = can(role, 'writeControl')
  const view = viewOfPath(location.pathname)
  return (
    <>
      {/* The projector shows the phase and timer itself, large, and speaks to the room. */}
      {view === 'present' ? null : <PhaseBanner control={control} viewerRole={role} />}
      {facilitating ? null : (
        <FollowFacilitator
          control={control}
          provider={docs.control.provider}
          workshopId={session.workshop.id}
        />
      )}
    </>
  )
}
