import {
  getMeasure,
  listCommitments,
  setMeasureStatus,
  statusFromCommitments,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'

/**
 * [P24] Brings a measure's status in line with the signatures for it: committed while one stands,
 * back to what it was once the last is withdrawn. Read afresh from the ledger each time, so a
 * signature and a withdrawal racing each other still end on the status the ledger says.
 */
export async function commitMeasureFromLedger(
  { registry }: Pick<AppContext, 'registry'>,
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
}
