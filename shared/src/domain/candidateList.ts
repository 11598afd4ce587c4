import { z } from 'zod'
import type { MeasureStatus } from './enums.ts'

/**
 * What the screens need of the candidate list (docs/workspaces.md) without its schemas: the
 * statuses and the limits (a survivor's provenance is candidateProvenance.ts). A browser build carries the code of every zod
 * feature a module it loads uses, into the chunk every phone loads; the schemas of a candidate
 * (candidate.ts) are the server's to check, so the screens read this module and not that one.
 */

/** A status a planner moves a candidate to; a candidate starts `proposed` when brought in. */
export const SETTABLE_CANDIDATE_STATUSES = [
  'discussed',
  'prioritised',
  'in_plan',
  'committed',
  'rejected',
] as const
export type SettableCandidateStatus = (typeof SETTABLE_CANDIDATE_STATUSES)[number]

/** Every status a candidate can be in: `merged` is made by a merge, never set. */
export const CANDIDATE_STATUSES = [
  'proposed',
  ...SETTABLE_CANDIDATE_STATUSES,
  'merged',
] as const satisfies readonly MeasureStatus[]
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number]

/** [W10] What the proposer reads when their measure is rejected: written for citizens. */
export const CITIZEN_REASON_MAX_CHARS = 1000
export const citizenReasonSchema = z.string().trim().min(3).max(CITIZEN_REASON_MAX_CHARS)

/** [W8] A planner brings in a screenful at a time, not a workshop's whole history at once. */
export const MAX_MEASURES_PER_BRING_IN = 100
