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
} from '@pactboard/shared'

/**
 * The measure form's working copy. Numbers stay strings while someone types ("", "1,5");
 * `fieldsFromDraft` turns the draft into the shape `measureFieldsSchema` validates.
 */

export interface FundingDraft {
  /** Stable React key: lines can be removed from the middle. */
  key: string
  source: string
  type: FundingType
  amountEur: string
  status: FundingStatus
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
  capexEur: string
  opexEurPerYear: string
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
    opexEurPerYear: fields.cost.opexEurPerYear === 0 ? '' : String(fields.cost.opexEurPerYear),
    funding: fields.cost.funding.map((line) => ({
      key: newFundingKey(),
      source: line.source,
      type: line.type,
      amountEur: String(line.amountEur),
      status: line.status,
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
    cost: {
      capexEur: parseNumber(draft.capexEur, 0),
      opexEurPerYear: parseNumber(draft.opexEurPerYear, 0),
      funding: draft.funding.map((line) => ({
        source: line.source,
        type: line.type,
        amountEur: parseNumber(line.amountEur, 0),
        status: line.status,
      })),
    },
    timeline: {
      startYear: parseNumber(draft.startYear, null),
      endYear: parseNumber(draft.endYear, null),
    },
    coBenefits: draft.coBenefits,
    tags: splitList(draft.tags, /,/),
  }
}

/** What each part of the measure form receives. */
export interface DraftFieldsProps {
  draft: MeasureDraft
  update: (patch: Partial<MeasureDraft>) => void
  /** The translated message of a field's error, by field key (see measureErrors.ts). */
  error: (field: string) => string | undefined
}
