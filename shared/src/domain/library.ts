import { z } from 'zod'
import { LANGUAGES } from '../i18n/languages.ts'
import {
  ACTION_TYPES,
  CO_BENEFITS,
  EMISSION_SECTORS,
  FIELDS_OF_ACTION,
  SYSTEMIC_LEVERS,
} from './enums.ts'
import { LIBRARY_FORMAT, LIBRARY_MAX_MEASURES, LIBRARY_VERSION } from './libraryFormat.ts'
import {
  agreesWithYears,
  capexByYearSchema,
  emptyMeasureFields,
  type MeasureFields,
  measureFieldsSchema,
  opexByYearSchema,
  reductionSchema,
  timelineSchema,
} from './measure.ts'
import { WORKSPACE_KINDS, workspaceNameSchema } from './workspace.ts'

/**
 * [W15] A measure library: measures one city shares with another, as a file. It carries the words
 * and figures a city can reuse and nothing about a person: no proposer, no organisation or
 * stakeholder (names), no funding line (a funder's name and this city's money), no dot, reaction
 * or comment. Every object is strict, so a crafted file that adds `proposer`, `votes` or
 * `comments` anywhere is refused, not quietly stripped.
 */

const fields = measureFieldsSchema.shape

/** Costs without funding lines: what the measure costs, not who pays this city's share. */
const libraryCostSchema = z
  .strictObject({
    capexEur: z.number().finite().nonnegative().max(1e13),
    opexEurPerYear: z.number().finite().min(-1e12).max(1e12),
    capexByYear: capexByYearSchema.optional(),
    opexByYear: opexByYearSchema.optional(),
  })
  .refine((cost) => agreesWithYears(cost.capexEur, cost.capexByYear), {
    message: 'The years must add up to the capex',
    path: ['capexByYear'],
  })

export const libraryMeasureSchema = z.strictObject({
  title: fields.title,
  description: fields.description,
  actionType: z.enum(ACTION_TYPES),
  fieldOfAction: z.enum(FIELDS_OF_ACTION),
  systemicLevers: z.array(z.enum(SYSTEMIC_LEVERS)).max(SYSTEMIC_LEVERS.length),
  emissionSectors: z.array(z.enum(EMISSION_SECTORS)).max(EMISSION_SECTORS.length),
  reduction: reductionSchema.strict(),
  cost: libraryCostSchema,
  timeline: timelineSchema.strict(),
  coBenefits: z.array(z.enum(CO_BENEFITS)).max(CO_BENEFITS.length),
  tags: fields.tags,
})
export type LibraryMeasureFields = z.infer<typeof libraryMeasureSchema>

/** Who shared the library: a workspace, by the name it gives itself (never a person). */
export const libraryOriginSchema = z.strictObject({
  name: workspaceNameSchema,
  kind: z.enum(WORKSPACE_KINDS),
  language: z.enum(LANGUAGES),
})
export type LibraryOrigin = z.infer<typeof libraryOriginSchema>

export const libraryFileSchema = z.strictObject({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(LIBRARY_VERSION),
  origin: libraryOriginSchema,
  exportedAt: z.iso.datetime(),
  measures: z.array(libraryMeasureSchema).min(1).max(LIBRARY_MAX_MEASURES),
})
export type LibraryFile = z.infer<typeof libraryFileSchema>

/** A library as a workspace keeps it once imported. */
export interface Library {
  id: string
  origin: LibraryOrigin
  exportedAt: string
  /** The year of `exportedAt`: what a candidate's credit names. */
  year: number
  importedAt: string
  measureCount: number
}

/** One of a library's measures, as the workspace browses it; `candidateId` is what it became. */
export interface LibraryMeasure {
  id: string
  libraryId: string
  fields: LibraryMeasureFields
  candidateId: string
}

/** The year a library was exported, as its credit names it ([W17]). */
export function libraryYear(exportedAt: string): number {
  return new Date(exportedAt).getUTCFullYear()
}

/** The words a candidate holds: its own, whatever its measure on a board says today. */
export type CandidateWords = Pick<MeasureFields, 'title' | 'description' | 'fieldOfAction'>

/**
 * [W16] A measure as a library carries it: the candidate's words and, from its measure on a
 * board (or its library measure), the figures. Field by field from an allow-list, never a spread,
 * so a field added to the measure later reaches no file until someone decides it may.
 */
export function toLibraryMeasure(
  words: CandidateWords,
  figures: Omit<LibraryMeasureFields, keyof CandidateWords> | MeasureFields | null,
): LibraryMeasureFields {
  const from = figures ?? emptyMeasureFields()
  const { capexEur, opexEurPerYear, capexByYear, opexByYear } = from.cost
  const { tCO2ePerYearBySector, firstYear, rampUpYears, confidence, method } = from.reduction
  return {
    title: words.title,
    description: words.description,
    actionType: from.actionType,
    fieldOfAction: words.fieldOfAction,
    systemicLevers: [...from.systemicLevers],
    emissionSectors: [...from.emissionSectors],
    reduction: {
      tCO2ePerYearBySector: { ...tCO2ePerYearBySector },
      firstYear,
      rampUpYears,
      confidence,
      method,
    },
    cost: {
      capexEur,
      opexEurPerYear,
      ...(capexByYear ? { capexByYear: capexByYear.map(({ year, eur }) => ({ year, eur })) } : {}),
      ...(opexByYear ? { opexByYear: opexByYear.map(({ year, eur }) => ({ year, eur })) } : {}),
    },
    timeline: { startYear: from.timeline.startYear, endYear: from.timeline.endYear },
    coBenefits: [...from.coBenefits],
    tags: [...from.tags],
  }
}

const DESCRIPTION_MAX_CHARS = 5000

/**
 * [W19] A library measure as a new card's fields: its credit opens the description (the card
 * shows where it came from), and it has no organisation, stakeholder or funding line of its own
 * until the workshop gives it some. A description that would outgrow the card loses its end.
 */
export function measureFieldsFromLibrary(
  measure: LibraryMeasureFields,
  credit: string,
): MeasureFields {
  const opening = `${credit}\n\n`
  const room = DESCRIPTION_MAX_CHARS - opening.length
  const text =
    measure.description.length > room
      ? `${measure.description.slice(0, room - 1)}…`
      : measure.description
  const base = toLibraryMeasure(measure, measure)
  return {
    ...base,
    description: `${opening}${text}`.trim(),
    responsibleActors: [],
    involvedStakeholders: [],
    cost: { ...base.cost, funding: [] },
  }
}
