import { z } from 'zod'
import { type ModerationEvent, moderationReasonSchema } from '../domain/moderation.ts'
import type { VoteRefusal } from '../domain/voting.ts'
import type { ErrorCode } from './errorCodes.ts'

/**
 * Votes and moderation over HTTP (DESIGN §4): what must not be forged goes through the API, which
 * checks the token and writes the `ledger` doc itself.
 *
 *   POST   /api/workshops/:id/votes                 { measureId }  cast one dot
 *   DELETE /api/workshops/:id/votes/:measureId                     take one dot back
 *   GET    /api/workshops/:id/votes/mine                           one's own dots
 *   PUT    /api/workshops/:id/votes/reveal          { revealed }   show or hide the totals
 *   PUT    /api/workshops/:id/moderation            { preModeration }
 *   GET    /api/workshops/:id/moderation/log
 *   POST   /api/workshops/:id/measures/:measureId/approve
 *   POST   /api/workshops/:id/measures/:measureId/hide      { reason }
 *   POST   /api/workshops/:id/measures/:measureId/unhide
 *   POST   /api/workshops/:id/measures/:measureId/merge     { into }
 *   POST   /api/workshops/:id/measures/:measureId/reports   { reason }
 */

export const castVoteRequestSchema = z.object({ measureId: z.string().min(1).max(64) })
export type CastVoteRequest = z.infer<typeof castVoteRequestSchema>

/** The voter's standing after the cast or withdrawal. */
export interface VoteResponse {
  measureId: string
  /** The voter's dots on this measure now. */
  onMeasure: number
  spent: number
  remaining: number
}

/** The caller's own dots (nobody else's: the store keeps them, no doc holds them). */
export interface MyVotesResponse {
  /** Dots by measure id; measures without a dot are left out. */
  votes: Record<string, number>
  spent: number
  remaining: number
}

export const revealResultsRequestSchema = z.object({ revealed: z.boolean() })
export type RevealResultsRequest = z.infer<typeof revealResultsRequestSchema>

/** The reveal state now, and the totals as published into the ledger (null while hidden). */
export interface RevealResultsResponse {
  revealed: boolean
  totals: Record<string, number> | null
}

/** [P20] The error each refusal leaves with (status from ERROR_CODES). */
export const VOTE_REFUSAL_ERRORS: Record<VoteRefusal, { code: ErrorCode; message: string }> = {
  not_a_voter: {
    code: 'FORBIDDEN',
    message: 'Only participants and organisation representatives vote',
  },
  phase_closed: { code: 'PHASE_CLOSED', message: 'Voting is closed in the current phase' },
  measure_unavailable: {
    code: 'MEASURE_UNAVAILABLE',
    message: 'This card does not take votes (hidden, merged, withdrawn or awaiting approval)',
  },
  own_measure: { code: 'OWN_MEASURE', message: 'You cannot vote for your own proposals' },
  measure_full: {
    code: 'VOTE_LIMIT_REACHED',
    message: 'You have put the most dots allowed on this card',
  },
  budget_spent: { code: 'VOTE_BUDGET_SPENT', message: 'You have spent all your dots' },
  nothing_to_withdraw: {
    code: 'NO_VOTE_TO_WITHDRAW',
    message: 'You have no dot on this card to take back',
  },
}

export const preModerationRequestSchema = z.object({ preModeration: z.boolean() })
export type PreModerationRequest = z.infer<typeof preModerationRequestSchema>

export const hideRequestSchema = z.object({ reason: moderationReasonSchema })
export type HideRequest = z.infer<typeof hideRequestSchema>

export const mergeRequestSchema = z.object({ into: z.string().min(1).max(64) })
export type MergeRequest = z.infer<typeof mergeRequestSchema>

export const reportRequestSchema = z.object({ reason: moderationReasonSchema })
export type ReportRequest = z.infer<typeof reportRequestSchema>

/** What a moderation call did; null when it changed nothing (e.g. switching on what was on). */
export interface ModerationResponse {
  event: ModerationEvent | null
}

export interface ModerationLogResponse {
  events: ModerationEvent[]
}
