import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emptyBaseline } from '../domain/baseline.ts'
import {
  addToPortfolio,
  getPlanFigures,
  getPortfolio,
  isPlanSeeded,
  markPlanSeeded,
  movePortfolioItem,
  removeFromPortfolio,
  setPlanFigures,
  setPortfolio,
} from './plan.ts'

describe('plan doc', () => {
  it('keeps baseline and target together, and reads null until both are set', () => {
    const doc = new Y.Doc()
    expect(getPlanFigures(doc)).toBeNull()
    const figures = {
      baseline: emptyBaseline(2019),
      target: { targetYear: 2030, reductionPct: 80 },
    }
    setPlanFigures(doc, figures)
    expect(getPlanFigures(doc)).toEqual(figures)
  })

  it('refuses a target year that is not after the baseline year', () => {
    const doc = new Y.Doc()
    expect(() =>
      setPlanFigures(doc, {
        baseline: emptyBaseline(2030),
        target: { targetYear: 2030, reductionPct: 80 },
      }),
    ).toThrow()
    expect(getPlanFigures(doc)).toBeNull()
  })

  it('keeps a reference year and milestones; refuses a milestone outside baseline–target', () => {
    const doc = new Y.Doc()
    const figures = {
      baseline: emptyBaseline(2019),
      target: {
        targetYear: 2045,
        reductionPct: 100,
        reference: { year: 1990, tCO2ePerYear: 800_000 },
        milestones: [{ year: 2030, reductionPct: 40 }],
      },
    }
    setPlanFigures(doc, figures)
    expect(getPlanFigures(doc)).toEqual(figures)
    for (const year of [2019, 2045, 2050]) {
      const bad = {
        ...figures,
        target: { ...figures.target, milestones: [{ year, reductionPct: 40 }] },
      }
      expect(() => setPlanFigures(doc, bad)).toThrow()
    }
    const many = Array.from({ length: 11 }, (_, i) => ({ year: 2020 + i, reductionPct: 10 }))
    expect(() =>
      setPlanFigures(doc, { ...figures, target: { ...figures.target, milestones: many } }),
    ).toThrow()
  })

  it('orders the portfolio and keeps each measure once', () => {
    const doc = new Y.Doc()
    for (const id of ['a', 'b', 'c', 'a']) addToPortfolio(doc, id)
    movePortfolioItem(doc, 'c', 0)
    expect(getPortfolio(doc)).toEqual(['c', 'a', 'b'])
    removeFromPortfolio(doc, 'a')
    expect(getPortfolio(doc)).toEqual(['c', 'b'])
  })

  it('sets the whole portfolio at once, each measure once', () => {
    const doc = new Y.Doc()
    for (const id of ['a', 'b']) addToPortfolio(doc, id)
    setPortfolio(doc, ['c', 'a', 'c'])
    expect(getPortfolio(doc)).toEqual(['c', 'a'])
  })

  it('counts a measure added on two devices at once only once', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    addToPortfolio(a, 'm1')
    addToPortfolio(b, 'm1')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    expect(getPortfolio(a)).toEqual(['m1'])
  })

  it('remembers that it was seeded', () => {
    const doc = new Y.Doc()
    expect(isPlanSeeded(doc)).toBe(false)
    markPlanSeeded(doc)
    expect(isPlanSeeded(doc)).toBe(true)
  })
})
