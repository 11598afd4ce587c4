import type * as Y from 'yjs'
import {
  type Baseline,
  baselineSchema,
  type PlanFigures,
  planFiguresSchema,
  type Target,
  targetSchema,
} from '../domain/baseline.ts'

/**
 * The `plan` doc, written by facilitators and planners.
 *
 * Layout (the only place that knows it):
 *   figures:   Y.Map { baseline: Baseline, target: Target, seededAt: ISO string }
 *   portfolio: Y.Array<measureId>   the measures in the plan, in the plan's order
 *   document:  Y.XmlFragment       the plan text, edited with Tiptap (shared/src/editor)
 */

function figuresMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('figures')
}

function portfolioArray(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>('portfolio')
}

/** The fragment the Tiptap Collaboration extension binds to. */
export function getPlanFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment('document')
}

export function getBaseline(doc: Y.Doc): Baseline | null {
  const parsed = baselineSchema.safeParse(figuresMap(doc).get('baseline'))
  return parsed.success ? parsed.data : null
}

export function getTarget(doc: Y.Doc): Target | null {
  const parsed = targetSchema.safeParse(figuresMap(doc).get('target'))
  return parsed.success ? parsed.data : null
}

/** Baseline and target when both are set and consistent, else null. */
export function getPlanFigures(doc: Y.Doc): PlanFigures | null {
  const parsed = planFiguresSchema.safeParse({ baseline: getBaseline(doc), target: getTarget(doc) })
  return parsed.success ? parsed.data : null
}

/** Validates both together (throws a ZodError) and writes them in one transaction. */
export function setPlanFigures(doc: Y.Doc, figures: PlanFigures): void {
  const valid = planFiguresSchema.parse(figures)
  doc.transact(() => {
    figuresMap(doc).set('baseline', valid.baseline)
    figuresMap(doc).set('target', valid.target)
  })
}

export function observePlanFigures(doc: Y.Doc, onChange: () => void): () => void {
  const map = figuresMap(doc)
  const handler = () => onChange()
  map.observe(handler)
  return () => map.unobserve(handler)
}

export function isPlanSeeded(doc: Y.Doc): boolean {
  return typeof figuresMap(doc).get('seededAt') === 'string'
}

export function markPlanSeeded(doc: Y.Doc, now: Date = new Date()): void {
  figuresMap(doc).set('seededAt', now.toISOString())
}

export function getPortfolio(doc: Y.Doc): string[] {
  // a concurrent add of the same measure on two devices leaves it twice; the first one counts
  return [...new Set(portfolioArray(doc).toArray())]
}

export function addToPortfolio(doc: Y.Doc, measureId: string): void {
  if (!getPortfolio(doc).includes(measureId)) portfolioArray(doc).push([measureId])
}

export function removeFromPortfolio(doc: Y.Doc, measureId: string): void {
  const array = portfolioArray(doc)
  doc.transact(() => {
    for (let i = array.length - 1; i >= 0; i--) if (array.get(i) === measureId) array.delete(i, 1)
  })
}

/** Makes the portfolio exactly `ids`, in that order (restoring a saved version of the plan). */
export function setPortfolio(doc: Y.Doc, ids: readonly string[]): void {
  const array = portfolioArray(doc)
  doc.transact(() => {
    array.delete(0, array.length)
    array.push([...new Set(ids)])
  })
}

/** Moves a measure to position `toIndex` of the portfolio as it is now. */
export function movePortfolioItem(doc: Y.Doc, measureId: string, toIndex: number): void {
  const order = getPortfolio(doc).filter((id) => id !== measureId)
  order.splice(Math.max(0, Math.min(toIndex, order.length)), 0, measureId)
  const array = portfolioArray(doc)
  doc.transact(() => {
    array.delete(0, array.length)
    array.push(order)
  })
}

export function observePortfolio(doc: Y.Doc, onChange: (ids: string[]) => void): () => void {
  const array = portfolioArray(doc)
  const handler = () => onChange(getPortfolio(doc))
  array.observe(handler)
  return () => array.unobserve(handler)
}
