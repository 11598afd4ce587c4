import { describe, expect, it } from 'vitest'
import { type Baseline, emptyBaseline, type PlanFigures } from '../domain/baseline.ts'
import type { Measure } from '../domain/measure.ts'
import { makeBoardDoc } from '../test/fixtures.ts'
import { computePathway, effectShare, pathwayGroupOf } from './pathway.ts'

function baseline(transport: number, energy: number, bau: number | null = null): Baseline {
  const b = emptyBaseline(2020)
  b.emissionsBySector.transport.scope1TCO2ePerYear = transport
  b.emissionsBySector.stationary_energy.scope2TCO2ePerYear = energy
  b.bauTargetYearTCO2ePerYear = bau
  return b
}

function figures(b: Baseline, targetYear = 2030, reductionPct = 80): PlanFigures {
  return { baseline: b, target: { targetYear, reductionPct } }
}

function measure(
  tCO2e: Partial<Record<'transport' | 'stationary_energy', number>>,
  firstYear: number | null,
  rampUpYears: number,
  status: Measure['status'] = 'in_plan',
): Measure {
  const { measures } = makeBoardDoc([
    {
      reduction: {
        tCO2ePerYearBySector: tCO2e,
        firstYear,
        rampUpYears,
        confidence: 'medium',
        method: '',
      },
    },
  ])
  return { ...measures[0]!, status }
}

describe('effectShare', () => {
  it('is nothing before the first year and without one', () => {
    const m = measure({ transport: 100 }, 2025, 0)
    expect(effectShare(2024, m.reduction)).toBe(0)
    expect(effectShare(2030, measure({ transport: 100 }, null, 0).reduction)).toBe(0)
  })

  it('is full from the first year without ramp-up', () => {
    expect(effectShare(2025, measure({ transport: 100 }, 2025, 0).reduction)).toBe(1)
  })

  it('ramps up linearly: a third, two thirds, full with two ramp-up years', () => {
    const r = measure({ transport: 90 }, 2025, 2).reduction
    expect([2025, 2026, 2027, 2028].map((y) => effectShare(y, r))).toEqual([1 / 3, 2 / 3, 1, 1])
  })
})

describe('pathwayGroupOf', () => {
  it('counts proposed, discussed and prioritised as proposed, and drops the rejected', () => {
    const groups = (['proposed', 'discussed', 'prioritised', 'rejected', 'withdrawn'] as const).map(
      (s) => pathwayGroupOf(measure({}, 2025, 0, s)),
    )
    expect(groups).toEqual(['proposed', 'proposed', 'proposed', null, null])
  })

  it('drops hidden and merged measures', () => {
    const m = measure({ transport: 10 }, 2025, 0)
    expect(pathwayGroupOf({ ...m, mergedInto: 'other' })).toBeNull()
    expect(pathwayGroupOf({ ...m, hidden: { reason: 'dup', byParticipantId: 'f', at: '' } })).toBe(
      null,
    )
  })
})

describe('computePathway', () => {
  it('has one year per year from baseline to target, and a flat BAU by default', () => {
    const p = computePathway(figures(baseline(600, 400)), [])
    expect(p.years.map((y) => y.year)).toEqual([
      2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030,
    ])
    expect(p.years.every((y) => y.bauTCO2e === 1000)).toBe(true)
  })

  it('computes the gap by hand: 1000 t, −80 % → 200 t allowed; 500 t cut leaves a 300 t gap', () => {
    const p = computePathway(figures(baseline(600, 400)), [
      measure({ transport: 300 }, 2022, 0),
      measure({ stationary_energy: 200 }, 2025, 1, 'committed'),
    ])
    const y2030 = p.years.at(-1)!
    expect(p.targetTCO2e).toBeCloseTo(200)
    expect(y2030.reductionTCO2e).toEqual({ in_plan: 300, committed: 200, proposed: 0 })
    expect(y2030.remainingTCO2e).toBeCloseTo(500)
    expect(p.gapTCO2e).toBeCloseTo(300)
    expect(p.gapPctOfBau).toBeCloseTo(30)
    // 2025 is the committed measure's first of two ramp-up steps: half of 200 t
    expect(p.years.find((y) => y.year === 2025)!.reductionTCO2e.committed).toBeCloseTo(100)
  })

  it('names the counted measures that cut emissions but have no first year, and counts them nowhere', () => {
    const undated = measure({ transport: 300 }, null, 0)
    const dated = measure({ transport: 100 }, 2022, 0)
    const nothing = measure({}, null, 0)
    const p = computePathway(figures(baseline(600, 400)), [undated, dated, nothing])
    expect(p.undatedMeasureIds).toEqual([undated.id])
    expect(p.years.at(-1)!.reductionTCO2e.in_plan).toBeCloseTo(100)
  })

  it('draws the target line from the baseline to the target', () => {
    const p = computePathway(figures(baseline(600, 400)), [])
    expect(p.years[0]!.targetLineTCO2e).toBeCloseTo(1000)
    expect(p.years[5]!.targetLineTCO2e).toBeCloseTo(600)
    expect(p.years[10]!.targetLineTCO2e).toBeCloseTo(200)
  })

  it('moves BAU linearly to the target-year figure, sectors in proportion', () => {
    const p = computePathway(figures(baseline(600, 400, 1200)), [])
    expect(p.years[5]!.bauTCO2e).toBeCloseTo(1100)
    expect(p.years[10]!.bySector.transport.bauTCO2e).toBeCloseTo(720)
  })

  it('never takes a sector below zero, clamps proposed first and says so', () => {
    const p = computePathway(figures(baseline(100, 0)), [
      measure({ transport: 80 }, 2020, 0, 'in_plan'),
      measure({ transport: 50 }, 2020, 0, 'proposed'),
    ])
    const y = p.years[0]!
    expect(y.bySector.transport.remainingTCO2e).toBe(0)
    expect(y.bySector.transport.reductionTCO2e).toEqual({ in_plan: 80, committed: 0, proposed: 20 })
    expect(p.clamped[0]).toEqual({ year: 2020, sector: 'transport', excessTCO2e: 30 })
    expect(p.clamped).toHaveLength(11)
  })

  it('has no gap when the measures reach the target', () => {
    const p = computePathway(figures(baseline(600, 400)), [
      measure({ transport: 600, stationary_energy: 300 }, 2021, 0),
    ])
    expect(p.gapTCO2e).toBe(0)
  })
})

describe('milestones', () => {
  it('draws the target line through each milestone, counted against the reference year', () => {
    const f = figures(baseline(600, 400), 2030, 100)
    f.target.reference = { year: 1990, tCO2ePerYear: 2000 }
    f.target.milestones = [{ year: 2025, reductionPct: 60 }]
    const pathway = computePathway(f, [])
    const line = (year: number) => pathway.years.find((y) => y.year === year)?.targetLineTCO2e
    expect(line(2020)).toBe(1000)
    expect(line(2025)).toBeCloseTo(800)
    expect(line(2030)).toBeCloseTo(0)
    expect(pathway.targetTCO2e).toBe(0)
    expect(
      pathway.milestones.map((m) => [m.year, m.reductionPct, m.allowedTCO2e, m.gapTCO2e, m.final]),
    ).toEqual([
      [2025, 60, 800, 200, false],
      [2030, 100, 0, 1000, true],
    ])
  })

  it('reads a target from before milestones as one milestone against the baseline', () => {
    const pathway = computePathway(figures(baseline(600, 400), 2030, 80), [])
    expect(pathway.milestones.map((m) => m.year)).toEqual([2030])
    expect(pathway.milestones[0]?.allowedTCO2e).toBeCloseTo(200)
    expect(pathway.years[5]?.targetLineTCO2e).toBeCloseTo(600)
  })
})
