import {
  getMeasure,
  listCommitments,
  setMeasureStatus,
  statusFromCommitments,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { keepPlanInStep } from '../workspacePlan/planFromList.ts'
import { isPlanRoom } from '../workspacePlan/planRoom.ts'

/**
 * [P24] Brings a measure's status in line with the signatures for it: committed while one stands,
 * back to what it was once the last is withdrawn. Read afresh from the ledger each time, so a
 * signature and a withdrawal racing each other still end on the status the ledger says.
 * [W13] A standing signature also makes the measure's candidate in the workspace's list
 * `committed` (unless planners rejected it or merged it away), and so the workspace's plan
 * ([W26]); a withdrawal leaves the list to the planners.
 */
export async function commitMeasureFromLedger(
  { registry, store }: Pick<AppContext, 'registry' | 'store'>,
  workshopId: string,
  measureId: string,
): Promise<void> {
  const commitments = await registry.write({ workshopId, doc: 'ledger' }, (doc) =>
    listCommitments(doc).filter((c) => c.measureId === measureId),
  )
  await registry.write({ workshopId, doc: 'board' }, (doc) => {
    const measure = getMeasure(doc, measureId)
    if (!measure) return
    const next = statusFromCommitments(measure.status, commitments)
    if (next !== null) setMeasureStatus(doc, measureId, next)
  })
  if (!commitments.some((c) => c.withdrawn === null)) return
  const workspaceId = await store.accounts.workshopWorkspace(workshopId)
  if (!workspaceId) return
  // In the workspace's plan room a measure's id is its candidate's ([W26]).
  const candidate = isPlanRoom(workshopId)
    ? (await store.candidates.listCandidates(workspaceId)).find((c) => c.id === measureId)
    : (await store.candidates.candidatesOfWorkshop(workshopId)).get(measureId)
  if (!candidate) return
  const { status } = candidate.state
  if (status === 'rejected' || status === 'merged' || status === 'committed') return
  await store.candidates.setStatus(
    workspaceId,
    candidate.id,
    { status: 'committed' },
    new Date().toISOString(),
  )
  await keepPlanInStep({ registry, store }, workspaceId)
}
