import {
  EMISSION_SECTORS,
  type EmissionSector,
  emptyBaseline,
  type PlanFigures,
  type SectorInventory,
} from '@pactboard/shared'

/**
 * The baseline-and-target form's draft: every input as typed, so a half-typed number is kept
 * until the planner saves. `toFigures` turns it into the shape planFiguresSchema checks; an empty
 * box becomes NaN, which the schema reports as "Enter a number".
 */

export const SCOPES = ['scope1TCO2ePerYear', 'scope2TCO2ePerYear', 'scope3TCO2ePerYear'] as const
export type Scope = (typeof SCOPES)[number]

export interface FiguresDraft {
  baselineYear: string
  sectors: Record<EmissionSector, Record<Scope, string>>
  bauTargetYear: string
  targetYear: string
  reductionPct: string
}

export const DEFAULT_TARGET_YEAR = 2030
export const DEFAULT_REDUCTION_PCT = 80

export function draftOf(figures: PlanFigures | null): FiguresDraft {
  const baseline = figures?.baseline ?? emptyBaseline(new Date().getFullYear() - 3)
  const sectors = {} as FiguresDraft['sectors']
  for (const sector of EMISSION_SECTORS) {
    const inventory: SectorInventory = baseline.emissionsBySector[sector]
    sectors[sector] = {
      scope1TCO2ePerYear: String(inventory.scope1TCO2ePerYear),
      scope2TCO2ePerYear: String(inventory.scope2TCO2ePerYear),
      scope3TCO2ePerYear: String(inventory.scope3TCO2ePerYear),
    }
  }
  return {
    baselineYear: String(baseline.baselineYear),
    sectors,
    bauTargetYear:
      baseline.bauTargetYearTCO2ePerYear === null ? '' : String(baseline.bauTargetYearTCO2ePerYear),
    targetYear: String(figures?.target.targetYear ?? DEFAULT_TARGET_YEAR),
    reductionPct: String(figures?.target.reductionPct ?? DEFAULT_REDUCTION_PCT),
  }
}

function numberOf(text: string): number {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.')
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

export function toFigures(draft: FiguresDraft): PlanFigures {
  const baseline = emptyBaseline(numberOf(draft.baselineYear))
  for (const sector of EMISSION_SECTORS) {
    for (const scope of SCOPES) {
      baseline.emissionsBySector[sector][scope] = numberOf(draft.sectors[sector][scope])
    }
  }
  baseline.bauTargetYearTCO2ePerYear =
    draft.bauTargetYear.trim() === '' ? null : numberOf(draft.bauTargetYear)
  return {
    baseline,
    target: { targetYear: numberOf(draft.targetYear), reductionPct: numberOf(draft.reductionPct) },
  }
}

/** Field keys, as errorsFromIssues joins the schema's paths. */
export function sectorFieldKey(sector: EmissionSector, scope: Scope): string {
  return `baseline.emissionsBySector.${sector}.${scope}`
}
export const FIELD_KEYS = {
  baselineYear: 'baseline.baselineYear',
  bauTargetYear: 'baseline.bauTargetYearTCO2ePerYear',
  targetYear: 'target.targetYear',
  reductionPct: 'target.reductionPct',
} as const
