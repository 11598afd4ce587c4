import { z } from 'zod'
import { EMISSION_SECTORS, type EmissionSector } from './enums.ts'

/**
 * The city's emission baseline inventory (GPC sectors × scopes) and its reduction target
 * (DESIGN §2; the CCC's ). Residual emissions may be at most 20 % of the baseline
 * (Mission Info Kit): the schema accepts more, the plan shows it as a warning.
 */

export const MAX_RESIDUAL_PCT = 20

const tCO2e = z.number().finite().nonnegative().max(1e10)
const year = z.number().int().min(1990).max(2100)

export const sectorInventorySchema = z.object({
  scope1TCO2ePerYear: tCO2e,
  scope2TCO2ePerYear: tCO2e,
  scope3TCO2ePerYear: tCO2e,
})
export type SectorInventory = z.infer<typeof sectorInventorySchema>

export const baselineSchema = z.object({
  baselineYear: year,
  emissionsBySector: z.record(z.enum(EMISSION_SECTORS), sectorInventorySchema),
  /** Business-as-usual emissions in the target year; null means "as in the baseline year". */
  bauTargetYearTCO2ePerYear: tCO2e.nullable(),
})
export type Baseline = z.infer<typeof baselineSchema>

export const MAX_MILESTONES = 10

const reductionPct = z.number().finite().min(0).max(100)

/** A step on the way, e.g. −40 % by 2030; 100 % is net zero. */
export const milestoneSchema = z.object({ year, reductionPct })
export type Milestone = z.infer<typeof milestoneSchema>

/**
 * The year reductions are counted against when the city states them against another year than
 * its baseline (e.g. "−40 % by 2030 against 1990"), with that year's emissions.
 */
export const referenceSchema = z.object({ year, tCO2ePerYear: tCO2e })
export type Reference = z.infer<typeof referenceSchema>

/**
 * The target: its final year and reduction, and optionally the milestones before it and the
 * reference year. Targets written before milestones existed (year and reduction against the
 * baseline) read as they are.
 */
export const targetSchema = z.object({
  targetYear: year,
  /** Reduction against the reference (the baseline when none), e.g. 80 for "−80 % by 2030". */
  reductionPct,
  reference: referenceSchema.nullable().optional(),
  /** Milestones before the target year, in any order. */
  milestones: z.array(milestoneSchema).max(MAX_MILESTONES).optional(),
})
export type Target = z.infer<typeof targetSchema>

/** Baseline and target together, with the rules that need both. */
export const planFiguresSchema = z
  .object({ baseline: baselineSchema, target: targetSchema })
  .refine((f) => f.target.targetYear > f.baseline.baselineYear, {
    message: 'The target year must come after the baseline year',
    path: ['target', 'targetYear'],
  })
  .superRefine((f, ctx) => {
    const seen = new Set<number>()
    for (const [i, m] of (f.target.milestones ?? []).entries()) {
      if (m.year <= f.baseline.baselineYear || m.year >= f.target.targetYear || seen.has(m.year)) {
        ctx.addIssue({
          code: 'custom',
          message: 'A milestone lies between the baseline year and the target year, once a year',
          path: ['target', 'milestones', i, 'year'],
        })
      }
      seen.add(m.year)
    }
  })
export type PlanFigures = z.infer<typeof planFiguresSchema>

export function emptySectorInventory(): SectorInventory {
  return { scope1TCO2ePerYear: 0, scope2TCO2ePerYear: 0, scope3TCO2ePerYear: 0 }
}

export function emptyBaseline(baselineYear: number): Baseline {
  const emissionsBySector = {} as Record<EmissionSector, SectorInventory>
  for (const sector of EMISSION_SECTORS) emissionsBySector[sector] = emptySectorInventory()
  return { baselineYear, emissionsBySector, bauTargetYearTCO2ePerYear: null }
}

export function sectorTotalTCO2e(baseline: Baseline, sector: EmissionSector): number {
  const s = baseline.emissionsBySector[sector]
  return s.scope1TCO2ePerYear + s.scope2TCO2ePerYear + s.scope3TCO2ePerYear
}

export function baselineTotalTCO2e(baseline: Baseline): number {
  return EMISSION_SECTORS.reduce((sum, sector) => sum + sectorTotalTCO2e(baseline, sector), 0)
}

/** The emissions reductions are counted against: the reference year's, else the baseline's. */
export function referenceTCO2e(figures: PlanFigures): number {
  return figures.target.reference?.tCO2ePerYear ?? baselineTotalTCO2e(figures.baseline)
}

export function referenceYear(figures: PlanFigures): number {
  return figures.target.reference?.year ?? figures.baseline.baselineYear
}

/** Emissions allowed in the target year: what remains after the reduction target. */
export function targetEmissionsTCO2e(figures: PlanFigures): number {
  return referenceTCO2e(figures) * (1 - figures.target.reductionPct / 100)
}

export interface MilestoneEmissions extends Milestone {
  /** The emissions the milestone allows: what remains of the reference after the reduction. */
  allowedTCO2e: number
  /** Whether this is the target itself (the last milestone). */
  final: boolean
}

/** Every milestone and then the target, by year, with the emissions each allows. */
export function milestonesOf(figures: PlanFigures): MilestoneEmissions[] {
  const reference = referenceTCO2e(figures)
  const { target } = figures
  const steps = (target.milestones ?? [])
    .filter((m) => m.year < target.targetYear)
    .map((m) => ({ ...m, final: false }))
  steps.push({ year: target.targetYear, reductionPct: target.reductionPct, final: true })
  return steps
    .sort((a, b) => a.year - b.year)
    .map((m) => ({ ...m, allowedTCO2e: reference * (1 - m.reductionPct / 100) }))
}

/** Residual emissions as a share of the baseline; above MAX_RESIDUAL_PCT is a warning. */
export function residualPct(target: Target): number {
  return 100 - target.reductionPct
}
