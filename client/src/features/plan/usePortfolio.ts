import {
  addToPortfolio,
  areVoteTotalsPublished,
  getPortfolio,
  movePortfolioItem,
  observePortfolio,
  observePublishedVoteTotals,
  publishedVoteTotals,
  removeFromPortfolio,
  setMeasureStatus,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

/** The portfolio's order, live, and what a planner does with it (plan and board together). */

export function usePortfolio(plan: Y.Doc): string[] {
  return useY(plan, getPortfolio, observePortfolio)
}

function readTotals(ledger: Y.Doc): Map<string, number> | null {
  return areVoteTotalsPublished(ledger) ? publishedVoteTotals(ledger) : null
}

/**
 * The votes each measure received, once the facilitator has revealed them (the server publishes
 * the totals into the ledger then); null before: no screen receives a tally earlier. The export
 * reads them from the server at any time.
 */
export function useVoteTotals(ledger: Y.Doc): Map<string, number> | null {
  return useY(ledger, readTotals, observePublishedVoteTotals)
}

export function bringIntoPlan(plan: Y.Doc, board: Y.Doc, measureId: string): void {
  addToPortfolio(plan, measureId)
  setMeasureStatus(board, measureId, 'in_plan')
}

export function takeOutOfPlan(plan: Y.Doc, board: Y.Doc, measureId: string): void {
  removeFromPortfolio(plan, measureId)
  setMeasureStatus(board, measureId, 'prioritised')
}

export function moveInPlan(plan: Y.Doc, measureId: string, by: -1 | 1): void {
  const index = getPortfolio(plan).indexOf(measureId)
  if (index >= 0) movePortfolioItem(plan, measureId, index + by)
}
