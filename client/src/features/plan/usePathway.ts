import { computePathway, listMeasures, observeMeasures, type Pathway } from '@pactboard/shared'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'
import { type PathwaySummary, summarisePathway } from './pathwaySummary.ts'
import { usePlanFigures } from './usePlanFigures.ts'

/** The pathway from the plan's figures and the board's measures, live; null until figures exist. */
export function usePathway(
  plan: Y.Doc,
  board: Y.Doc,
): { pathway: Pathway; summary: PathwaySummary } | null {
  const figures = usePlanFigures(plan)
  const measures = useY(board, listMeasures, observeMeasures)
  return useMemo(() => {
    if (!figures) return null
    const pathway = computePathway(figures, measures)
    const summary = summarisePathway(pathway)
    return summary ? { pathway, summary } : null
  }, [figures, measures])
}
