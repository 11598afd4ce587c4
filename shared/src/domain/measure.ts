import { z } from 'zod'
import {
  ACTION_TYPES,
  CO_BENEFITS,
  CONFIDENCE_LEVELS,
  EMISSION_SECTORS,
  type EmissionSector,
  FIELDS_OF_ACTION,
  FUNDING_STATUSES,
  FUNDING_TYPES,
  MEASURE_STATUSES,
  SYSTEMIC_LEVERS,
} from './enums.ts'

/** A climate action, following the CCC Action Plan's "action outline" (B-2.2). */

const MIN_YEAR = 1990
const MAX_YEAR = 2100
const year = z.number().int().min(MIN_YEAR).max(MAX_YEAR)
const eur = z.number().finite().nonnegative().max(1e13)
const signedEur = z.number().finite().min(-1e12).max(1e12)

/** A by-year list holds each year once, so at most one entry per year of the domain. */
export const MAX_YEARS_OF_FIGURES = MAX_YEAR - MIN_YEAR + 1
export const MAX_FUNDING_LINES = 20

/** An amount in one year, e.g. the capex spent in 2027. */
export interface YearAmount {
  year: number
  eur: number
}

function byYearSchema(amount: z.ZodNumber) {
  return z
    .array(z.object({ year, eur: amount }))
    .max(MAX_YEARS_OF_FIGURES)
    .refine((entries) => new Set(entries.map((e) => e.year)).size === entries.length, {
      message: 'Each year appears once',
    })
}

export const capexByYearSchema = byYearSchema(eur)
export const opexByYearSchema = byYearSchema(signedEur)

export function sumOfYears(entries: readonly YearAmount[]): number {
  return entries.reduce((sum, e) => sum + e.eur, 0)
}

/** A total and the sum of its years agree to the cent (floating sums of cents drift a little). */
export function agreesWithYears(
  total: number,
  entries: readonly YearAmount[] | undefined,
): boolean {
  if (!entries || entries.length === 0) return true
  return Math.abs(sumOfYears(entries) - total) <= 0.01 + Math.abs(total) * 1e-9
}

/**
 * A funding line. `amountEur` is its total, which older clients wrote alone; `byYear`, when
 * given, spreads it over years and must add up to it, so a reader of either agrees.
 */
export const fundingLineSchema = z
  .object({
    source: z.string().trim().min(1).max(200),
    type: z.enum(FUNDING_TYPES),
    amountEur: eur,
    status: z.enum(FUNDING_STATUSES),
    byYear: capexByYearSchema.optional(),
  })
  .refine((line) => agreesWithYears(line.amountEur, line.byYear), {
    message: 'The years must add up to the amount',
    path: ['byYear'],
  })
export type FundingLine = z.infer<typeof fundingLineSchema>

export const reductionSchema = z.object({
  /** tCO2e per year at full effect, per GPC sector; sectors the measure does not touch are absent. */
  tCO2ePerYearBySector: z.partialRecord(
    z.enum(EMISSION_SECTORS),
    z.number().finite().nonnegative().max(1e9),
  ),
  firstYear: year.nullable(),
  rampUpYears: z.number().int().min(0).max(50),
  confidence: z.enum(CONFIDENCE_LEVELS),
  method: z.string().trim().max(2000),
})
export type Reduction = z.infer<typeof reductionSchema>

/**
 * A measure's costs. The lump figures (`capexEur`, `opexEurPerYear`) are what older clients and
 * exports wrote; the by-year lists, when given, say when the money is spent (plan/investment.ts
 * reads both: a lump capex falls in the start year, a flat opex in every year of the timeline).
 * `capexEur` stays the total of `capexByYear`; `opexByYear` replaces the flat opex year by year.
 */
export const costSchema = z
  .object({
    capexEur: eur,
    /** May be negative: a measure that saves running costs. */
    opexEurPerYear: signedEur,
    funding: z.array(fundingLineSchema).max(MAX_FUNDING_LINES),
    capexByYear: capexByYearSchema.optional(),
    /** May be negative, as the flat opex. */
    opexByYear: opexByYearSchema.optional(),
  })
  .refine((cost) => agreesWithYears(cost.capexEur, cost.capexByYear), {
    message: 'The years must add up to the capex',
    path: ['capexByYear'],
  })
export type Cost = z.infer<typeof costSchema>

export const timelineSchema = z
  .object({ startYear: year.nullable(), endYear: year.nullable() })
  .refine((t) => t.startYear === null || t.endYear === null || t.endYear >= t.startYear, {
    message: 'The end year is before the start year',
    path: ['endYear'],
  })
export type Timeline = z.infer<typeof timelineSchema>

export const responsibleActorSchema = z.object({
  actorId: z.string().min(1).max(64),
  role: z.enum(['primary', 'collaborator']),
})
export type ResponsibleActor = z.infer<typeof responsibleActorSchema>

/** The fields a person fills in when proposing or editing a measure. */
export const measureFieldsSchema = z.object({
  title: z.string().trim().min(3).max(140),
  description: z.string().trim().max(5000),
  actionType: z.enum(ACTION_TYPES),
  fieldOfAction: z.enum(FIELDS_OF_ACTION),
  systemicLevers: z.array(z.enum(SYSTEMIC_LEVERS)).max(SYSTEMIC_LEVERS.length),
  emissionSectors: z.array(z.enum(EMISSION_SECTORS)).max(EMISSION_SECTORS.length),
  responsibleActors: z.array(responsibleActorSchema).max(20),
  involvedStakeholders: z.array(z.string().trim().min(1).max(200)).max(50),
  reduction: reductionSchema,
  cost: costSchema,
  timeline: timelineSchema,
  coBenefits: z.array(z.enum(CO_BENEFITS)).max(CO_BENEFITS.length),
  tags: z.array(z.string().trim().min(1).max(40)).max(20),
})
export type MeasureFields = z.infer<typeof measureFieldsSchema>
export type MeasureFieldName = keyof MeasureFields
export const MEASURE_FIELD_NAMES = Object.keys(measureFieldsSchema.shape) as MeasureFieldName[]

export const proposerSchema = z.object({
  participantId: z.string().min(1).max(64),
  actorId: z.string().min(1).max(64).nullable(),
})
export type Proposer = z.infer<typeof proposerSchema>

export const hiddenSchema = z.object({
  reason: z.string().max(500),
  byParticipantId: z.string().min(1),
  at: z.string(),
})

export const measureSchema = measureFieldsSchema.extend({
  id: z.string().min(1).max(64),
  status: z.enum(MEASURE_STATUSES),
  proposer: proposerSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  hidden: hiddenSchema.nullable(),
  mergedInto: z.string().nullable(),
})
export type Measure = z.infer<typeof measureSchema>

export function emptyMeasureFields(): MeasureFields {
  return {
    title: '',
    description: '',
    actionType: 'infrastructure',
    fieldOfAction: 'energy_systems',
    systemicLevers: [],
    emissionSectors: [],
    responsibleActors: [],
    involvedStakeholders: [],
    reduction: {
      tCO2ePerYearBySector: {},
      firstYear: null,
      rampUpYears: 0,
      confidence: 'medium',
      method: '',
    },
    cost: { capexEur: 0, opexEurPerYear: 0, funding: [] },
    timeline: { startYear: null, endYear: null },
    coBenefits: [],
    tags: [],
  }
}

/** Total reduction at full effect over all sectors; derived, never stored. */
export function totalReductionTCO2ePerYear(measure: Pick<MeasureFields, 'reduction'>): number {
  let total = 0
  for (const sector of Object.keys(measure.reduction.tCO2ePerYearBySector) as EmissionSector[]) {
    total += measure.reduction.tCO2ePerYearBySector[sector] ?? 0
  }
  return total
}

/**
 * Capex plus the opex summed over the measure's timeline, or over one year when it has none; an
 * opex given year by year counts as given.
 */
export function totalCostEur(measure: Pick<MeasureFields, 'cost' | 'timeline'>): number {
  const { opexByYear } = measure.cost
  if (opexByYear && opexByYear.length > 0) return measure.cost.capexEur + sumOfYears(opexByYear)
  const { startYear, endYear } = measure.timeline
  const years = startYear !== null && endYear !== null ? endYear - startYear + 1 : 1
  return measure.cost.capexEur + measure.cost.opexEurPerYear * years
}
