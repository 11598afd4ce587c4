import { z } from 'zod'
import type { Candidate, ReactionTotals, UnmergedCandidateState } from '../domain/candidate.ts'
import { MAX_MEASURES_PER_BRING_IN } from '../domain/candidateList.ts'
import type { FieldOfAction } from '../domain/enums.ts'

/**
 * The workspace's candidate list over HTTP (docs/workspaces.md, "The candidate list"). The
 * workspace routes take the staff session's cookie and no workspace id ([W1], [W7]); the
 * proposer's route takes their workshop token.
 *
 *   GET  /api/workspace/candidates                               the list, with provenance
 *   GET  /api/workspace/workshops/:id/measures                   what a workshop has to bring in
 *   POST /api/workspace/candidates            { workshopId, measureIds }   [W8] bring in
 *   PUT  /api/workspace/candidates/:id/status CandidateStatusChange        [W10]
 *   POST /api/workspace/candidates/:id/merge  { into }                     [W9]
 *   GET  /api/workshops/:id/my-proposals      (Bearer)                     [W11]
 */

const idSchema = z.string().min(1).max(64)

export const bringInRequestSchema = z
  .object({
    workshopId: idSchema,
    measureIds: z
      .array(idSchema)
      .min(1)
      .max(MAX_MEASURES_PER_BRING_IN)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'Each measure once' }),
  })
  .strict()
export type BringInRequest = z.infer<typeof bringInRequestSchema>

export const mergeCandidateRequestSchema = z.object({ into: idSchema }).strict()
export type MergeCandidateRequest = z.infer<typeof mergeCandidateRequestSchema>

export interface ListCandidatesResponse {
  /** Every candidate of the workspace, merged ones too (they point to their survivor). */
  candidates: Candidate[]
}

export interface BringInResponse {
  /** The candidates of the measures asked for, in the order asked: new or refreshed. */
  candidates: Candidate[]
}

export interface CandidateResponse {
  candidate: Candidate
}

export interface MergeCandidateResponse {
  merged: Candidate
  survivor: Candidate
}

/** A measure on a workshop's board that a planner may bring in ([W8]). */
export interface BringableMeasure {
  measureId: string
  title: string
  fieldOfAction: FieldOfAction
  proposedAt: string
  dots: number
  reactions: ReactionTotals
  /** Its candidate when it was brought in before; bringing it in again refreshes it. */
  candidateId: string | null
}

export interface WorkshopMeasuresResponse {
  measures: BringableMeasure[]
}

/**
 * [W11] What became of a measure, as its proposer reads it: a status and, for a rejection, the
 * reason written for citizens; for a merge, the title of what it joined. Never a name or a dot.
 */
export type ProposalOutcome =
  /** Not (yet) brought into the workspace's list. */
  | { kind: 'waiting' }
  /** Its proposer took it back on the board. */
  | { kind: 'withdrawn' }
  | { kind: 'candidate'; state: UnmergedCandidateState }
  /**
   * Merged into another measure, on the board by the facilitator or in the list by a planner;
   * `state` is that measure's, null while it has not been brought in.
   */
  | { kind: 'merged'; intoTitle: string; state: UnmergedCandidateState | null }

export interface MyProposal {
  measureId: string
  title: string
  proposedAt: string
  outcome: ProposalOutcome
}

export interface MyProposalsResponse {
  /** The measures the token's participant proposed in this workshop, the oldest first. */
  proposals: MyProposal[]
}
