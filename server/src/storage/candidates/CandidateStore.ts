import type {
  Candidate,
  CandidateStatusChange,
  FieldOfAction,
  ReactionTotals,
} from '@pactboard/shared'
import type { MaybePromise } from '../storeShapes.ts'

/**
 * The workspace's candidate list (docs/workspaces.md, "The candidate list"): `candidates` is the
 * workspace's (what planners decided), `candidate_sources` a workshop's (where a candidate was
 * proposed, and the measure's words: [G1] deletes them with the workshop, and the store's
 * deleteWorkshop then the candidates left without words). Every method takes the workspace, so
 * a candidate of another workspace is none ([W7]).
 */

/** A measure as the board and the store hold it when a planner brings it in ([W8]). */
export interface BroughtInMeasure {
  measureId: string
  title: string
  description: string
  fieldOfAction: FieldOfAction
  /** The measure's createdAt. */
  proposedAt: string
  dots: number
  reactions: ReactionTotals
}

export class CandidateNotFoundError extends Error {
  override name = 'CandidateNotFoundError'
}

/** [W9] A merged candidate takes no status and no merge, nor is anything merged into it. */
export class CandidateMergedError extends Error {
  override name = 'CandidateMergedError'
}

/** [W9] A candidate merged into itself. */
export class MergeIntoItselfError extends Error {
  override name = 'MergeIntoItselfError'
}

export interface CandidateStore {
  /**
   * [W8] One candidate per workshop measure: made `proposed` the first time; after that its
   * words and provenance are refreshed and its status is left alone. All in ONE transaction;
   * UnknownWorkshopError unless the workshop is the workspace's. The candidates in `measures`'
   * order.
   */
  bringIn(
    workspaceId: string,
    workshopId: string,
    measures: readonly BroughtInMeasure[],
    now: string,
  ): MaybePromise<Candidate[]>
  /** The workspace's candidates, merged ones too, the first brought in first. */
  listCandidates(workspaceId: string): MaybePromise<Candidate[]>
  getCandidate(workspaceId: string, id: string): MaybePromise<Candidate | null>
  /** The candidates of a workshop's measures that were brought in, by measure id. */
  candidatesOfWorkshop(workshopId: string): MaybePromise<Map<string, Candidate>>
  /**
   * [W10] Moves a candidate to a status; a reason exactly with `rejected`. CandidateNotFoundError,
   * CandidateMergedError.
   */
  setStatus(
    workspaceId: string,
    id: string,
    change: CandidateStatusChange,
    now: string,
  ): MaybePromise<Candidate>
  /**
   * [W9] Merges `id` into `intoId`: `id` becomes `merged` and points to the survivor, and what
   * was merged into `id` now points to the survivor too, so merges stay one level deep and no
   * cycle can form. Both candidates keep their sources. CandidateNotFoundError,
   * CandidateMergedError, MergeIntoItselfError.
   */
  merge(
    workspaceId: string,
    id: string,
    intoId: string,
    now: string,
  ): MaybePromise<{ merged: Candidate; survivor: Candidate }>
}
