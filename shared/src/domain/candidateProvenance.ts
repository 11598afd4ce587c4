import type { Candidate, CandidateSource } from './candidate.ts'

/**
 * Where a candidate came from, its merged ones' sources with its own: read by the screens, from
 * a candidate's types alone (no schema of it reaches a browser build through here).
 */

export interface Provenance {
  /** The candidate's own sources, then those of the candidates merged into it. */
  sources: CandidateSource[]
  /** Dots in all: "proposed at A and at B, 14 dots in all". */
  dots: number
}

/** [W9] Merges are one level deep, so a survivor's provenance is its own and its merged ones'. */
export function provenanceOf(candidate: Candidate, all: readonly Candidate[]): Provenance {
  const merged = all.filter(
    (other) => other.state.status === 'merged' && other.state.mergedInto === candidate.id,
  )
  const sources = [candidate, ...merged].flatMap((c) => c.sources)
  return { sources, dots: sources.reduce((sum, source) => sum + source.dots, 0) }
}
