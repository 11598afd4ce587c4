import {
  type ActionType,
  type CoBenefit,
  type Confidence,
  EMISSION_SECTORS,
  type EmissionSector,
  type FieldOfAction,
  type FundingStatus,
  type FundingType,
  type MeasureFields,
  type SystemicLever,
  sumOfYears,
  type YearAmount,
} from '@pactboard/shared'

/**
 * The measure form's working copy. Numbers stay strings while someone types ("", "1,5");
 * `fieldsFromDraft` turns the draft into the shape `measureFieldsSchema` validates.
 */

/** An amount in a year, as typed. */
export interface YearDraft {
  /** Stable React key: rows can be removed from the middle. */
  key: string
  year: string
  eur: string
}

export interface FundingDraft {
  /** Stable React key: lines can be removed from the middle. */
  key: string
  source: string
  type: FundingType
  /** The line's total; when it has years, their sum is written instead. */
  amountEur: string
  status: FundingStatus
  byYear: YearDraft[]
}

export type ResponsibleRole = 'primary' | 'collaborator'

export interface MeasureDraft {
  title: string
  description: string
  actionType: ActionType
  /** Null until the person picks one (a new proposal): no field is chosen for them. */
  fieldOfAction: FieldOfAction | null
  systemicLevers: SystemicLever[]
  emissionSectors: EmissionSector[]
  reductionBySector: Partial<Record<EmissionSector, string>>
  firstYear: string
  rampUpYears: string
  confidence: Confidence
  method: string
  /** The total capex; when capex is given by year, their sum is written instead. */
  capexEur: string
  capexByYear: YearDraft[]
  opexEurPerYear: string
  /** When given, replaces the flat opex year by year. */
  opexByYear: YearDraft[]
  funding: FundingDraft[]
  startYear: string
  endYear: string
  coBenefits: CoBenefit[]
  /** Comma-separated, as people type tags on a phone. */
  tags: string
  /** One per line. */
  involvedStakeholders: string
  responsibleActors: Record<string, ResponsibleRole>
}

let nextKey = 0
export function newFundingKey(): string {
  nextKey += 1
  return `funding-${nextKey}`
}

export function newYearKey(): string {
  nextKey += 1
  return `year-${nextKey}`
}

const yearDrafts = (entries: readonly YearAmount[] | undefined): YearDraft[] =>
  (entries ?? []).map((e) => ({ key: newYearKey(), year: String(e.year), eur: String(e.eur) }))

const text = (n: number | null) => (n === null ? '' : String(n))

/** `fieldChosen: false` for a new proposal: its field of action waits for the person's choice. */
export function draftFromFields(fields: MeasureFields, fieldChosen = true): MeasureDraft {
  const reductionBySector: Partial<Record<EmissionSector, string>> = {}
  for (const sector of EMISSION_SECTORS) {
    const value = fields.reduction.tCO2ePerYearBySector[sector]
    if (value !== undefined) reductionBySector[sector] = String(value)
  }
  return {
    title: fields.title,
    description: fields.description,
    actionType: fields.actionType,
    fieldOfAction: fieldChosen ? fields.fieldOfAction : null,
    systemicLevers: [...fields.systemicLevers],
    emissionSectors: [...fields.emissionSectors],
    reductionBySector,
    firstYear: text(fields.reduction.firstYear),
    rampUpYears: fields.reduction.rampUpYears === 0 ? '' : String(fields.reduction.rampUpYears),
    confidence: fields.reduction.confidence,
    method: fields.reduction.method,
    capexEur: fields.cost.capexEur === 0 ? '' : String(fields.cost.capexEur),
    capexByYear: yearDrafts(fields.cost.capexByYear),
    opexEurPerYear: fields.cost.opexEurPerYear === 0 ? '' : String(fields.cost.opexEurPerYear),
    opexByYear: yearDrafts(fields.cost.opexByYear),
    funding: fields.cost.funding.map((line) => ({
      key: newFundingKey(),
      source: line.source,
      type: line.type,
      amountEur: String(line.amountEur),
      status: line.status,
      byYear: yearDrafts(line.byYear),
    })),
    startYear: text(fields.timeline.startYear),
    endYear: text(fields.timeline.endYear),
    coBenefits: [...fields.coBenefits],
    tags: fields.tags.join(', '),
    involvedStakeholders: fields.involvedStakeholders.join('\n'),
    responsibleActors: Object.fromEntries(
      fields.responsibleActors.map((r) => [r.actorId, r.role] as const),
    ),
  }
}

/** "" → `empty`; a decimal comma is accepted; anything else becomes NaN for the schema to refuse. */
export function parseNumber<E>(value: string, empty: E): number | E {
  const trimmed = value.trim().replace(/\s/g, '')
  if (trimmed === '') return empty
  const number = Number(trimmed.replace(',', '.'))
  return number
}

const yearAmounts = (entries: readonly YearDraft[]): YearAmount[] =>
  entries.map((e) => ({ year: parseNumber(e.year, Number.NaN), eur: parseNumber(e.eur, 0) }))

/**
 * A total and its years as the schema wants them: with years, the total is their sum (so the two
 * always agree) and the years are written; without, the typed total and no years at all, the
 * shape older clients wrote.
 */
function withYears(total: string, entries: readonly YearDraft[]) {
  if (entries.length === 0) return { total: parseNumber(total, 0), years: undefined }
  const years = yearAmounts(entries)
  return { total: sumOfYears(years), years }
}

/** The year a new row of amounts starts with: the measure's start, else this year. */
export function firstYearOf(startYear: string): number {
  const start = Number(startYear)
  return Number.isInteger(start) && start >= 1990 && start <= 2100
    ? start
    : new Date().getFullYear()
}

/** What the years of a draft add up to, for a total shown beside them. */
export function draftYearsTotal(entries: readonly YearDraft[]): number {
  return sumOfYears(yearAmounts(entries).filter((e) => Number.isFinite(e.eur)))
}

const splitList = (value: string, separator: RegExp) =>
  value
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)

/**
 * The candidate fields, not yet validated: validate with `measureFieldsSchema`, which refuses a
 * field of action not yet chosen.
 */
export function fieldsFromDraft(draft: MeasureDraft): MeasureFields {
  const tCO2ePerYearBySector: Partial<Record<EmissionSector, number>> = {}
  for (const sector of draft.emissionSectors) {
    const value = parseNumber(draft.reductionBySector[sector] ?? '', null)
    if (value !== null) tCO2ePerYearBySector[sector] = value
  }
  return {
    title: draft.title,
    description: draft.description,
    actionType: draft.actionType,
    fieldOfAction: draft.fieldOfAction as FieldOfAction,
    systemicLevers: draft.systemicLevers,
    emissionSectors: draft.emissionSectors,
    responsibleActors: Object.entries(draft.responsibleActors).map(([actorId, role]) => ({
      actorId,
      role,
    })),
    involvedStakeholders: splitList(draft.involvedStakeholders, /\n/),
    reduction: {
      tCO2ePerYearBySector,
      firstYear: parseNumber(draft.firstYear, null),
      rampUpYears: parseNumber(draft.rampUpYears, 0),
      confidence: draft.confidence,
      method: draft.method,
    },
    cost: costFromDraft(draft),
    timeline: {
      startYear: parseNumber(draft.startYear, null),
      endYear: parseNumber(draft.endYear, null),
    },
    coBenefits: draft.coBenefits,
    tags: splitList(draft.tags, /,/),
  }
}

function costFromDraft(draft: MeasureDraft): MeasureFields['cost'] {
  const capex = withYears(draft.capexEur, draft.capexByYear)
  return {
    capexEur: capex.total,
    opexEurPerYear: parseNumber(draft.opexEurPerYear, 0),
    funding: draft.funding.map((line) => {
      const amount = withYears(line.amountEur, line.byYear)
      return {
        source: line.source,
        type: line.type,
        amountEur: amount.total,
        status: line.status,
        ...(amount.years ? { byYear: amount.years } : {}),
      }
    }),
    ...(capex.years ? { capexByYear: capex.years } : {}),
    ...(draft.opexByYear.length > 0 ? { opexByYear: yearAmounts(draft.opexByYear) } : {}),
  }
}

/** What each part of the measure form receives. */
export interface DraftFieldsProps {
  draft: MeasureDraft
  update: (patch: Partial<MeasureDraft>) => void
  /** The translated message of a field's error, by field key (see measureErrors.ts). */
  error: (field: string) => string | undefined
}
