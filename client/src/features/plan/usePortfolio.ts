import {
  addToPortfolio,
  getPortfolio,
  movePortfolioItem,
  observePortfolio,
  removeFromPortfolio,
  setMeasureStatus,
  voteTotals,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

/** The portfolio's order, live, and what a planner does with it (plan and board together). */

export function usePortfolio(plan: Y.Doc): string[] {
  return useY(plan, getPortfolio, observePortfolio)
}

function observeAnyChange(doc: Y.Doc, onChange: () => void): () => void {
  doc.on('update', onChange)
  return () => doc.off('update', onChange)
}

export function useVoteTotals(ledger: Y.Doc): Map<string, number> {
  return useY(ledger, voteTotals, observeAnyChange)
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
