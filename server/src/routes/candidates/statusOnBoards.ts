import { type Candidate, getMeasure, listCommitments, setMeasureStatus } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'

/**
 * [W13] A planner's decision reaches the workshops it came from: the status set on a candidate
 * is written to its measure on each source's board (as the server, so every screen of those
 * workshops follows live), except that a measure with a standing signature stays `committed`
 * ([P24]) and a withdrawn or merged card is left as it is. Merges in the list stay in the list:
 * a board's merges are its facilitator's.
 */
export async function writeStatusToBoards(
  { registry }: Pick<AppContext, 'registry'>,
  candidate: Candidate,
): Promise<void> {
  const { status } = candidate.state
  if (status === 'merged' || status === 'proposed') return
  for (const { workshopId, measureId } of candidate.sources) {
    const signed = await registry.write({ workshopId, doc: 'ledger' }, (doc) =>
      listCommitments(doc).some((c) => c.measureId === measureId && c.withdrawn === null),
    )
    await registry.write({ workshopId, doc: 'board' }, (doc) => {
      const measure = getMeasure(doc, measureId)
      if (!measure || measure.status === 'withdrawn' || measure.status === 'merged') return
      if (signed && status !== 'committed') return
      if (measure.status !== status) setMeasureStatus(doc, measureId, status)
    })
  }
}
