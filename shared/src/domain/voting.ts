import { z } from 'zod'
import type { Vote } from './commitment.ts'
import type { Role } from './enums.ts'
import { can } from './permissions.ts'
import type { PhaseAllows } from './phase.ts'
import type { WorkshopSettings } from './workshop.ts'

/**
 * Dot voting (DESIGN §2 "Vote", issue "Run a real workshop"): each voter has a budget of dots,
 * puts at most `maxPerMeasure` on one measure and, when `excludeOwn` is on, none on their own
 * proposals. The rules are here, pure, so the server enforces exactly what the phone shows.
 *
 * [P20] A participant or company representative casts and withdraws dots only in a phase that
 * allows voting, within the budget and the per-measure maximum, never on a measure that is not
 * open to votes (hidden, merged, withdrawn or waiting for approval) and, when the facilitator
 * excludes own proposals, never on their own.
 */

export const MAX_VOTE_BUDGET = 50

export const votingSettingsSchema = z.object({
  budgetPerParticipant: z.number().int().min(1).max(MAX_VOTE_BUDGET),
  maxPerMeasure: z.number().int().min(1).max(MAX_VOTE_BUDGET),
  excludeOwn: z.boolean(),
})
export type VotingSettings = z.infer<typeof votingSettingsSchema>

export function votingSettingsOf(settings: WorkshopSettings): VotingSettings {
  return {
    budgetPerParticipant: settings.voteBudgetPerParticipant,
    maxPerMeasure: settings.maxVotesPerMeasure,
    excludeOwn: false,
  }
}

export const DEFAULT_VOTING_SETTINGS: VotingSettings = {
  budgetPerParticipant: 5,
  maxPerMeasure: 3,
  excludeOwn: false,
}

export const VOTE_REFUSALS = [
  'not_a_voter',
  'phase_closed',
  'measure_unavailable',
  'own_measure',
  'measure_full',
  'budget_spent',
  'nothing_to_withdraw',
] as const
export type VoteRefusal = (typeof VOTE_REFUSALS)[number]

export interface VoteAttempt {
  role: Role
  voterId: string
  /** +1 casts one dot, -1 takes one back. */
  delta: 1 | -1
  allows: PhaseAllows
  settings: VotingSettings
  measure: { proposerId: string; openToVotes: boolean }
  /** The voter's dots on this measure and in all, before this attempt. */
  onMeasure: number
  spent: number
}

/** [P20] Why the attempt is refused, or null when it may go ahead. */
export function voteRefusal(attempt: VoteAttempt): VoteRefusal | null {
  if (!can(attempt.role, 'vote')) return 'not_a_voter'
  if (!attempt.allows.vote) return 'phase_closed'
  if (attempt.delta === 1) {
    if (!attempt.measure.openToVotes) return 'measure_unavailable'
    if (attempt.settings.excludeOwn && attempt.measure.proposerId === attempt.voterId) {
      return 'own_measure'
    }
  }
  return dotCountRefusal(attempt)
}

export type DotCountRefusal = Extract<
  VoteRefusal,
  'nothing_to_withdraw' | 'measure_full' | 'budget_spent'
>

/**
 * [P20] The counting half of the rules: the budget, the per-card maximum, nothing to take back.
 * A store applies it inside the transaction that reads and writes the voter's dots, so two
 * casts at once, on one server or several, are judged one after the other.
 */
export function dotCountRefusal(
  attempt: Pick<VoteAttempt, 'delta' | 'onMeasure' | 'spent'> & {
    settings: Pick<VotingSettings, 'budgetPerParticipant' | 'maxPerMeasure'>
  },
): DotCountRefusal | null {
  if (attempt.delta === -1) return attempt.onMeasure > 0 ? null : 'nothing_to_withdraw'
  if (attempt.onMeasure >= attempt.settings.maxPerMeasure) return 'measure_full'
  if (attempt.spent >= attempt.settings.budgetPerParticipant) return 'budget_spent'
  return null
}

/** Votes received per measure: everyone's dots summed, no names. */
export function totalsOfVotes(votes: readonly Vote[]): Map<string, number> {
  const totals = new Map<string, number>()
  for (const { measureId, count } of votes) {
    if (count > 0) totals.set(measureId, (totals.get(measureId) ?? 0) + count)
  }
  return totals
}

export function remainingDots(settings: VotingSettings, spent: number): number {
  return Math.max(0, settings.budgetPerParticipant - spent)
}

export interface RankedMeasure {
  measureId: string
  votes: number
  rank: number
}

/**
 * Measures by votes, most first; equal votes share a rank (1, 2, 2, 4). Ties keep the order of
 * `measureIds` (the board's), so the ranking does not jump between renders.
 */
export function rankByVotes(
  measureIds: readonly string[],
  totals: ReadonlyMap<string, number>,
): RankedMeasure[] {
  const rows = measureIds.map((measureId, index) => ({
    measureId,
    votes: totals.get(measureId) ?? 0,
    index,
  }))
  rows.sort((a, b) => b.votes - a.votes || a.index - b.index)
  let rank = 0
  return rows.map((row, position) => {
    if (position === 0 || rows[position - 1]?.votes !== row.votes) rank = position + 1
    return { measureId: row.measureId, votes: row.votes, rank }
  })
}
