import {
  type Candidate,
  type CandidateState,
  type CandidateStatusChange,
  candidateSchema,
  libraryYear,
  type ReactionTotals,
} from '@pactboard/shared'
import { CandidateMergedError, MergeIntoItselfError } from './CandidateStore.ts'

/** The candidate tables' rows as both SQL stores read them (JSON already parsed). */

export interface CandidateRow {
  id: string
  workspace_id: string
  status: string
  reason: string | null
  merged_into: string | null
  created_at: string
  updated_at: string
}

export interface SourceRow {
  candidate_id: string
  /** The survivor its candidate was merged into, if it was. */
  candidate_merged_into: string | null
  workshop_id: string
  workshop_title: string
  measure_id: string
  title: string
  description: string
  field_of_action: string
  proposed_at: string
  dots: number
  reactions: ReactionTotals
  brought_in_at: string
}

/** The sources with their workshop's title and their candidate's survivor; add a WHERE. */
export const SOURCES = `SELECT s.candidate_id, c.merged_into AS candidate_merged_into,
  s.workshop_id, w.title AS workshop_title, s.measure_id, s.title, s.description,
  s.field_of_action, s.proposed_at, s.dots, s.reactions, s.brought_in_at
  FROM candidate_sources s JOIN workshops w ON w.id = s.workshop_id
  JOIN candidates c ON c.id = s.candidate_id`

/** The earliest first, so a candidate's words are those of where it was first proposed. */
export const SOURCE_ORDER = 'ORDER BY s.proposed_at, s.workshop_id, s.measure_id'

/** [W17] The words of a candidate imported from a library: the workspace's rows, no workshop's. */
export interface LibraryWordsRow {
  candidate_id: string
  candidate_merged_into: string | null
  library_id: string
  origin_name: string
  exported_at: string
  title: string
  description: string
  field_of_action: string
}

/** The library measures' words with their library and their candidate's survivor; add a WHERE. */
export const LIBRARY_WORDS = `SELECT m.candidate_id, c.merged_into AS candidate_merged_into,
  m.library_id, l.origin_name, l.exported_at, m.title, m.description, m.field_of_action
  FROM library_measures m JOIN libraries l ON l.id = m.library_id
  JOIN candidates c ON c.id = m.candidate_id`

/** The library's order, so a survivor speaks with the same merged one's words each time. */
export const LIBRARY_WORDS_ORDER = 'ORDER BY l.imported_at, m.library_id, m.position'

function stateOf(row: CandidateRow): CandidateState {
  if (row.status === 'rejected') return { status: 'rejected', reason: row.reason ?? '' }
  if (row.status === 'merged') return { status: 'merged', mergedInto: row.merged_into ?? '' }
  return { status: row.status } as CandidateState
}

/**
 * The candidates of `rows`, each with its own sources, validated as it leaves the store. Its
 * words are its own source's or its own library measure's ([W17]); once its workshop is
 * deleted, those of a candidate merged into it (`sources` and `library` must hold them too).
 */
export function toCandidates(
  rows: readonly CandidateRow[],
  sources: readonly SourceRow[],
  library: readonly LibraryWordsRow[],
): Candidate[] {
  return rows.map((row): Candidate => {
    const own = sources.filter((source) => source.candidate_id === row.id)
    const adapted = library.find((measure) => measure.candidate_id === row.id)
    const words =
      own[0] ??
      adapted ??
      sources.find((source) => source.candidate_merged_into === row.id) ??
      library.find((measure) => measure.candidate_merged_into === row.id)
    return candidateSchema.parse({
      id: row.id,
      title: words?.title,
      description: words?.description,
      fieldOfAction: words?.field_of_action,
      state: stateOf(row),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      sources: own.map((source) => ({
        workshopId: source.workshop_id,
        workshopTitle: source.workshop_title,
        measureId: source.measure_id,
        proposedAt: source.proposed_at,
        dots: source.dots,
        reactions: source.reactions,
        broughtInAt: source.brought_in_at,
      })),
      adaptedFrom: adapted
        ? {
            libraryId: adapted.library_id,
            originName: adapted.origin_name,
            year: libraryYear(adapted.exported_at),
          }
        : null,
    })
  })
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
