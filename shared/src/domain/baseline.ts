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

export const targetSchema = z.object({
  targetYear: year,
  /** Reduction against the baseline, e.g. 80 for "−80 % by 2030". */
  reductionPct: z.number().finite().min(0).max(100),
})
export type Target = z.infer<typeof targetSchema>

/** Baseline and target together, with the rule that needs both. */
export const planFiguresSchema = z
  .object({ baseline: baselineSchema, target: targetSchema })
  .refine((f) => f.target.targetYear > f.baseline.baselineYear, {
    message: 'The target year must come after the baseline year',
    path: ['target', 'targetYear'],
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

/** Emissions allowed in the target year: what remains after the reduction target. */
export function targetEmissionsTCO2e(figures: PlanFigures): number {
  return baselineTotalTCO2e(figures.baseline) * (1 - figures.target.reductionPct / 100)
}

/** Residual emissions as a share of the baseline; above MAX_RESIDUAL_PCT is a warning. */
export function residualPct(target: Target): number {
  return 100 - target.reductionPct
}
