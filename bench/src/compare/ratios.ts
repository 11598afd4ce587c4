import { percentile } from '../stats.ts'
import { NAMED_REFERENCES, type TargetName } from './targets.ts'

/**
 * Pactboard against the references: the best of those the issue names, and ratios taken within
 * each round, so that the machine's load drifting between rounds does not move them.
 */

export const median = (xs: number[]) => percentile(xs, 50)

/** The reference the issue names with the lowest value of `pick`, and that value. */
export function best<T extends { target: TargetName }>(
  rows: T[],
  pick: (row: T) => number,
): { name: TargetName | null; value: number } {
  let found: { name: TargetName | null; value: number } = { name: null, value: Number.NaN }
  for (const row of rows) {
    if (!NAMED_REFERENCES.has(row.target) || !Number.isFinite(pick(row))) continue
    if (found.name === null || pick(row) < found.value)
      found = { name: row.target, value: pick(row) }
  }
  return found
}

/**
 * `of` (Pactboard unless said) over the best of `over` (the named references unless said) in the
 * same round, per round, and the median of those: a check on the ratio of medians when the
 * machine's load drifts between rounds.
 */
export function pairedRatio<T extends { target: TargetName; round: number }>(
  results: T[],
  value: (r: T) => number,
  of: TargetName = 'pactboard',
  over: ReadonlySet<TargetName> = NAMED_REFERENCES,
): number {
  const rounds = [...new Set(results.map((r) => r.round))]
  const ratios: number[] = []
  for (const round of rounds) {
    const inRound = results.filter((r) => r.round === round)
    const pb = inRound.filter((r) => r.target === of).map(value)
    const refs = inRound.filter((r) => over.has(r.target)).map(value)
    if (pb.length === 0 || refs.length === 0) continue
    ratios.push(median(pb) / Math.min(...refs))
  }
  return ratios.length > 0 ? median(ratios) : Number.NaN
}
