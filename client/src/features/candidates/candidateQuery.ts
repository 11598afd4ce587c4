import {
  type Candidate,
  type CandidateStatus,
  type FieldOfAction,
  type Provenance,
  provenanceOf,
} from '@pactboard/shared'

/** What the candidate list shows: filtered by status and field of action, the most dots first. */

export interface CandidateFilter {
  /** `open`: every candidate but the merged ones, which show inside their survivor. */
  status: CandidateStatus | 'open'
  field: FieldOfAction | 'all'
}

export const NO_FILTER: CandidateFilter = { status: 'open', field: 'all' }

export interface CandidateView {
  candidate: Candidate
  provenance: Provenance
  /** The candidates merged into this one. */
  merged: Candidate[]
  /** The one it was merged into, when it is merged. */
  survivor: Candidate | undefined
}

function matches(candidate: Candidate, filter: CandidateFilter): boolean {
  const { status } = candidate.state
  const statusMatches = filter.status === 'open' ? status !== 'merged' : status === filter.status
  return statusMatches && (filter.field === 'all' || candidate.fieldOfAction === filter.field)
}

export function viewCandidates(
  candidates: readonly Candidate[],
  filter: CandidateFilter,
): CandidateView[] {
  return candidates
    .filter((candidate) => matches(candidate, filter))
    .map((candidate) => ({
      candidate,
      provenance: provenanceOf(candidate, candidates),
      merged: candidates.filter(
        (other) => other.state.status === 'merged' && other.state.mergedInto === candidate.id,
      ),
      survivor: survivorOf(candidate, candidates),
    }))
    .sort(
      (a, b) =>
        b.provenance.dots - a.provenance.dots || a.candidate.title.localeCompare(b.candidate.title),
    )
}

/** [W9] What a candidate may be merged into: any other that is not merged itself. */
export function mergeTargets(candidate: Candidate, candidates: readonly Candidate[]): Candidate[] {
  return candidates
    .filter((other) => other.id !== candidate.id && other.state.status !== 'merged')
    .sort((a, b) => a.title.localeCompare(b.title))
}

/** The candidate a merged one points to, if it is in the list. */
export function survivorOf(candidate: Candidate, candidates: readonly Candidate[]) {
  const { state } = candidate
  return state.status === 'merged' ? candidates.find((c) => c.id === state.mergedInto) : undefined
}
