import { z } from 'zod'
import { citizenReasonSchema } from './candidateList.ts'
import { REACTION_KINDS } from './discussion.ts'
import { FIELDS_OF_ACTION } from './enums.ts'
import { measureFieldsSchema } from './measure.ts'

/**
 * A candidate for the workspace's plan: a measure a planner brought in from one of the
 * workspace's workshops, with where it came from and what became of it (docs/workspaces.md,
 * "The candidate list", [W7]–[W11]). Its decision is the workspace's; its words and provenance
 * are its workshops', and go with them ([G1]); or its words are a measure library's, imported
 * by the workspace and kept with it ([W17]).
 */

const idSchema = z.string().min(1).max(64)

const plainStatus = z.enum(['proposed', 'discussed', 'prioritised', 'in_plan', 'committed'])

/**
 * [W9][W10] A candidate's state: a rejection carries its reason and a merge its survivor, and
 * nothing else carries either, so `{ status: 'rejected' }` neither type-checks nor parses.
 */
export const candidateStateSchema = z.discriminatedUnion('status', [
  z.object({ status: plainStatus }).strict(),
  z.object({ status: z.literal('rejected'), reason: citizenReasonSchema }).strict(),
  z.object({ status: z.literal('merged'), mergedInto: idSchema }).strict(),
])
export type CandidateState = z.infer<typeof candidateStateSchema>
/** A state a merge's survivor can be in: merges are one level deep ([W9]). */
export type UnmergedCandidateState = Exclude<CandidateState, { status: 'merged' }>

/** What a planner asks for: a settable status, and a reason exactly when it is `rejected`. */
export const candidateStatusChangeSchema = z.discriminatedUnion('status', [
  z.object({ status: plainStatus.exclude(['proposed']) }).strict(),
  z.object({ status: z.literal('rejected'), reason: citizenReasonSchema }).strict(),
])
export type CandidateStatusChange = z.infer<typeof candidateStatusChangeSchema>

/** How many of each reaction a measure had in its workshop. */
export const reactionTotalsSchema = z.record(z.enum(REACTION_KINDS), z.number().int().min(0))
export type ReactionTotals = z.infer<typeof reactionTotalsSchema>

/** [W8] Where a candidate was proposed: a measure on one workshop's board, as last brought in. */
export const candidateSourceSchema = z.object({
  workshopId: idSchema,
  workshopTitle: z.string(),
  measureId: idSchema,
  /** When the measure was proposed (its createdAt on the board). */
  proposedAt: z.string(),
  /** Its dots there, counted from the store's votes as the exports count them. */
  dots: z.number().int().min(0),
  reactions: reactionTotalsSchema,
  /** When a planner last brought it in (and so read the figures above). */
  broughtInAt: z.string(),
})
export type CandidateSource = z.infer<typeof candidateSourceSchema>

export const candidateSchema = z.object({
  id: idSchema,
  title: measureFieldsSchema.shape.title,
  description: measureFieldsSchema.shape.description,
  fieldOfAction: z.enum(FIELDS_OF_ACTION),
  state: candidateStateSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Its own sources: one when brought in from a workshop; none once that workshop was deleted
   * ([G1]: the provenance is the workshop's rows, the candidate the workspace's).
   */
  sources: z.array(candidateSourceSchema),
  /**
   * [W17] The library it was imported from, whose measure gives its words: "adapted from
   * Helsingborg, 2026". Null for a measure brought in from a workshop.
   */
  adaptedFrom: z
    .object({ libraryId: idSchema, originName: z.string(), year: z.number().int() })
    .nullable(),
})
export type Candidate = z.infer<typeof candidateSchema>
