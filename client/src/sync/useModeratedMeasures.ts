import { type Measure, moderatedCards } from '@pactboard/shared'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { useMeasures, useModeration } from './useBoard.ts'

/**
 * The measures as the ledger's moderation left them (hidden, merged), without those still
 * waiting for approval: what the plan and the commitment form may build on.
 */
export function useModeratedMeasures(board: Y.Doc, ledger: Y.Doc): Measure[] {
  const measures = useMeasures(board)
  const moderation = useModeration(ledger)
  return useMemo(
    () =>
      moderatedCards(measures, moderation)
        .filter((card) => !card.pending)
        .map((card) => card.measure),
    [measures, moderation],
  )
}
