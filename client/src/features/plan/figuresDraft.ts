import {
  EMISSION_SECTORS,
  type EmissionSector,
  emptyBaseline,
  type PlanFigures,
  type SectorInventory,
  type Target,
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
  /** Both empty: reductions count against the baseline year. */
  referenceYear: string
  referenceTCO2e: string
  /** Milestones before the target year; the target itself is the last one. */
  milestones: MilestoneDraft[]
}

export interface MilestoneDraft {
  /** Stable React key: rows can be removed from the middle. */
  key: string
  year: string
  reductionPct: string
}

let nextKey = 0
export function newMilestoneKey(): string {
  nextKey += 1
  return `milestone-${nextKey}`
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
    referenceYear: figures?.target.reference ? String(figures.target.reference.year) : '',
    referenceTCO2e: figures?.target.reference ? String(figures.target.reference.tCO2ePerYear) : '',
    milestones: [...(figures?.target.milestones ?? [])]
      .sort((a, b) => a.year - b.year)
      .map((m) => ({
        key: newMilestoneKey(),
        year: String(m.year),
        reductionPct: String(m.reductionPct),
      })),
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
  const target: Target = {
    targetYear: numberOf(draft.targetYear),
    reductionPct: numberOf(draft.reductionPct),
  }
  // left out when not given, so a target without them keeps the shape older clients wrote
  if (draft.referenceYear.trim() !== '' || draft.referenceTCO2e.trim() !== '') {
    target.reference = {
      year: numberOf(draft.referenceYear),
      tCO2ePerYear: numberOf(draft.referenceTCO2e),
    }
  }
  if (draft.milestones.length > 0) {
    target.milestones = draft.milestones.map((m) => ({
      year: numberOf(m.year),
      reductionPct: numberOf(m.reductionPct),
    }))
  }
  return { baseline, target }
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
  referenceYear: 'target.reference.year',
  referenceTCO2e: 'target.reference.tCO2ePerYear',
} as const

export function milestoneFieldKey(index: number, field: 'year' | 'reductionPct'): string {
  return `target.milestones.${index}.${field}`
}
