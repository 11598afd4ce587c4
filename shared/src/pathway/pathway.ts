import {
  type Baseline,
  baselineTotalTCO2e,
  type MilestoneEmissions,
  milestonesOf,
  type PlanFigures,
  sectorTotalTCO2e,
  targetEmissionsTCO2e,
} from '../domain/baseline.ts'
import { EMISSION_SECTORS, type EmissionSector } from '../domain/enums.ts'
import type { Measure, Reduction } from '../domain/measure.ts'

/**
 * The emissions pathway (DESIGN §2, the CCC's A-2.3 and B-1): for each year from the baseline to
 * the target year, each sector's business-as-usual emissions less the measures' reductions,
 * split by how far along a measure is, and the gap to the target. Pure functions.
 *
 * Conventions, so that a planner can check a figure by hand:
 * - Business as usual moves linearly from the baseline total to `bauTargetYearTCO2ePerYear`,
 *   every sector in proportion to its share of the baseline.
 * - A measure has no effect before its first year (nor at all without one) and reaches full
 *   effect linearly: in its first year (1 / (rampUpYears + 1)) of it, full after rampUpYears.
 * - A sector never goes below zero. Reductions are applied in plan, then committed, then
 *   proposed; what does not fit is reported in `clamped` rather than silently dropped.
 * - The target line runs linearly from the baseline total to each milestone's allowed emissions
 *   in turn, and on to the target's.
 */

export const PATHWAY_GROUPS = ['in_plan', 'committed', 'proposed'] as const
export type PathwayGroup = (typeof PATHWAY_GROUPS)[number]

type ByGroup = Record<PathwayGroup, number>

export interface SectorYear {
  bauTCO2e: number
  reductionTCO2e: ByGroup
  remainingTCO2e: number
}

export interface PathwayYear {
  year: number
  bauTCO2e: number
  reductionTCO2e: ByGroup
  remainingTCO2e: number
  targetLineTCO2e: number
  /** Remaining emissions above the target line; 0 when on or below it. */
  gapTCO2e: number
  bySector: Record<EmissionSector, SectorYear>
}

export interface ClampedReduction {
  year: number
  sector: EmissionSector
  excessTCO2e: number
}

/** A milestone (or the target, the last one) and where the pathway stands in its year. */
export interface PathwayMilestone extends MilestoneEmissions {
  bauTCO2e: number
  /** Reduced by the measures in the plan, and by every counted measure. */
  plannedReductionTCO2e: number
  remainingTCO2e: number
  /** Remaining emissions above what the milestone allows; 0 when on or below it. */
  gapTCO2e: number
}

export interface Pathway {
  years: PathwayYear[]
  milestones: PathwayMilestone[]
  baselineTCO2e: number
  targetTCO2e: number
  /** At the target year: emissions still above the target, absolute and as % of BAU. */
  gapTCO2e: number
  gapPctOfBau: number
  clamped: ClampedReduction[]
  /**
   * Counted measures with a reduction but no first year of effect: they add nothing to any year
   * until someone says when they start, and the screens say so.
   */
  undatedMeasureIds: string[]
}

/** Which part of the pathway a measure counts in; null for those that do not count. */
export function pathwayGroupOf(measure: Measure): PathwayGroup | null {
  if (measure.hidden !== null || measure.mergedInto !== null) return null
  switch (measure.status) {
    case 'in_plan':
      return 'in_plan'
    case 'committed':
      return 'committed'
    case 'proposed':
    case 'discussed':
    case 'prioritised':
      return 'proposed'
    default:
      return null
  }
}

/** Share of the full effect a measure has in `year`. */
export function effectShare(year: number, reduction: Reduction): number {
  if (reduction.firstYear === null || year < reduction.firstYear) return 0
  return Math.min(1, (year - reduction.firstYear + 1) / (reduction.rampUpYears + 1))
}

const EPSILON_TCO2E = 1e-9

function zeroByGroup(): ByGroup {
  return { in_plan: 0, committed: 0, proposed: 0 }
}

function interpolate(from: number, to: number, fromYear: number, toYear: number, year: number) {
  return from + ((to - from) * (year - fromYear)) / (toYear - fromYear)
}

function bauFactor(baseline: Baseline, targetYear: number, year: number): number {
  const total = baselineTotalTCO2e(baseline)
  if (total === 0 || baseline.bauTargetYearTCO2ePerYear === null) return 1
  return (
    interpolate(
      total,
      baseline.bauTargetYearTCO2ePerYear,
      baseline.baselineYear,
      targetYear,
      year,
    ) / total
  )
}

export function computePathway(figures: PlanFigures, measures: readonly Measure[]): Pathway {
  const { baseline, target } = figures
  const counted = measures.flatMap((m) => {
    const group = pathwayGroupOf(m)
    return group ? [{ measure: m, group }] : []
  })
  const baselineTCO2e = baselineTotalTCO2e(baseline)
  const targetTCO2e = targetEmissionsTCO2e(figures)
  const years: PathwayYear[] = []
  const clamped: ClampedReduction[] = []
  const steps = milestonesOf(figures)
  const targetLine = (year: number): number => {
    let from = { year: baseline.baselineYear, tCO2e: baselineTCO2e }
    for (const step of steps) {
      if (year <= step.year) {
        return interpolate(from.tCO2e, step.allowedTCO2e, from.year, step.year, year)
      }
      from = { year: step.year, tCO2e: step.allowedTCO2e }
    }
    return targetTCO2e
  }

  for (let year = baseline.baselineYear; year <= target.targetYear; year++) {
    const factor = bauFactor(baseline, target.targetYear, year)
    const bySector = {} as Record<EmissionSector, SectorYear>
    const total = { bau: 0, remaining: 0, reduction: zeroByGroup() }
    for (const sector of EMISSION_SECTORS) {
      const bauTCO2e = sectorTotalTCO2e(baseline, sector) * factor
      const wanted = zeroByGroup()
      for (const { measure, group } of counted) {
        const full = measure.reduction.tCO2ePerYearBySector[sector] ?? 0
        wanted[group] += full * effectShare(year, measure.reduction)
      }
      const reductionTCO2e = zeroByGroup()
      let remainingTCO2e = bauTCO2e
      let excessTCO2e = 0
      for (const group of PATHWAY_GROUPS) {
        const applied = Math.min(wanted[group], remainingTCO2e)
        reductionTCO2e[group] = applied
        remainingTCO2e -= applied
        excessTCO2e += wanted[group] - applied
      }
      if (excessTCO2e > EPSILON_TCO2E) clamped.push({ year, sector, excessTCO2e })
      bySector[sector] = { bauTCO2e, reductionTCO2e, remainingTCO2e }
      total.bau += bauTCO2e
      total.remaining += remainingTCO2e
      for (const group of PATHWAY_GROUPS) total.reduction[group] += reductionTCO2e[group]
    }
    const targetLineTCO2e = targetLine(year)
    years.push({
      year,
      bauTCO2e: total.bau,
      reductionTCO2e: total.reduction,
      remainingTCO2e: total.remaining,
      targetLineTCO2e,
      gapTCO2e: Math.max(0, total.remaining - targetLineTCO2e),
      bySector,
    })
  }

  const last = years[years.length - 1]
  const gapTCO2e = last ? Math.max(0, last.remainingTCO2e - targetTCO2e) : 0
  const undatedMeasureIds = counted
    .filter(({ measure }) => measure.reduction.firstYear === null)
    .filter(({ measure }) =>
      Object.values(measure.reduction.tCO2ePerYearBySector).some((t) => t > 0),
    )
    .map(({ measure }) => measure.id)
  const milestones = steps.map((step): PathwayMilestone => {
    const at = years.find((y) => y.year === step.year)
    const remainingTCO2e = at?.remainingTCO2e ?? 0
    return {
      ...step,
      bauTCO2e: at?.bauTCO2e ?? 0,
      plannedReductionTCO2e: at?.reductionTCO2e.in_plan ?? 0,
      remainingTCO2e,
      gapTCO2e: Math.max(0, remainingTCO2e - step.allowedTCO2e),
    }
  })
  return {
    years,
    milestones,
    undatedMeasureIds,
    baselineTCO2e,
    targetTCO2e,
    gapTCO2e,
    gapPctOfBau: last && last.bauTCO2e > 0 ? (100 * gapTCO2e) / last.bauTCO2e : 0,
    clamped,
  }
}
