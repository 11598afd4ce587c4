import { computePathway, type Pathway } from '@pactboard/shared'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { useModeratedMeasures } from '../../sync/useModeratedMeasures.ts'
import { type PathwaySummary, summarisePathway } from './pathwaySummary.ts'
import { usePlanFigures } from './usePlanFigures.ts'

/**
 * The pathway from the plan's figures and the board's measures as moderation left them (a card
 * the facilitator hid counts nowhere, as in the exports), live; null until figures exist.
 */
export function usePathway(
  plan: Y.Doc,
  board: Y.Doc,
  ledger: Y.Doc,
): { pathway: Pathway; summary: PathwaySummary } | null {
  const figures = usePlanFigures(plan)
  const measures = useModeratedMeasures(board, ledger)
  return useMemo(() => {
    if (!figures) return null
    const pathway = computePathway(figures, measures)
    const summary = summarisePathway(pathway)
    return summary ? { pathway, summary } : null
  }, [figures, measures])
}
