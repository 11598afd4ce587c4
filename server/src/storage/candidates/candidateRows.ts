import {
  type Candidate,
  type CandidateState,
  type CandidateStatusChange,
  candidateSchema,
  type ReactionTotals,
} from '@pactboard/shared'
import { CandidateMergedError, MergeIntoItselfError } from './CandidateStore.ts'

/** The candidate tables' rows as both SQL stores read them (JSON already parsed). */

export interface CandidateRow {
  id: string
  workspace_id: string
  title: string
  description: string
  field_of_action: string
  status: string
  reason: string | null
  merged_into: string | null
  created_at: string
  updated_at: string
}

export interface SourceRow {
  candidate_id: string
  workshop_id: string
  workshop_title: string
  measure_id: string
  proposed_at: string
  dots: number
  reactions: ReactionTotals
  brought_in_at: string
}

function stateOf(row: CandidateRow): CandidateState {
  if (row.status === 'rejected') return { status: 'rejected', reason: row.reason ?? '' }
  if (row.status === 'merged') return { status: 'merged', mergedInto: row.merged_into ?? '' }
  return { status: row.status } as CandidateState
}

/** The candidates of `rows` with their sources, each validated as it leaves the store. */
export function toCandidates(rows: readonly CandidateRow[], sources: readonly SourceRow[]) {
  const byCandidate = new Map<string, SourceRow[]>()
  for (const source of sources) {
    byCandidate.set(source.candidate_id, [...(byCandidate.get(source.candidate_id) ?? []), source])
  }
  return rows.map(
    (row): Candidate =>
      candidateSchema.parse({
        id: row.id,
        title: row.title,
        description: row.description,
        fieldOfAction: row.field_of_action,
        state: stateOf(row),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        sources: (byCandidate.get(row.id) ?? []).map((source) => ({
          workshopId: source.workshop_id,
          workshopTitle: source.workshop_title,
          measureId: source.measure_id,
          proposedAt: source.proposed_at,
          dots: source.dots,
          reactions: source.reactions,
          broughtInAt: source.brought_in_at,
        })),
      }),
  )
}

/** The state columns of a status change: a reason only with a rejection ([W10]). */
export function statusColumns(change: CandidateStatusChange): {
  status: string
  reason: string | null
} {
  return { status: change.status, reason: change.status === 'rejected' ? change.reason : null }
}

/** [W9] Why `id` may not merge into `intoId`, given their rows; null when it may. */
export function mergeRefusal(
  row: CandidateRow,
  into: CandidateRow,
): CandidateMergedError | MergeIntoItselfError | null {
  if (row.id === into.id) return new MergeIntoItselfError(row.id)
  if (row.status === 'merged') return new CandidateMergedError(row.id)
  if (into.status === 'merged') return new CandidateMergedError(into.id)
  return null
}
