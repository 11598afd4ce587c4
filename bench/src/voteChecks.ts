import type { VoteResponse } from '@pactboard/shared'

/**
 * The vote burst's verdict: what the server holds afterwards against what it answered. Each
 * voter's own dots (GET …/votes/mine) and the totals the ledger shows once revealed must hold
 * every accepted cast exactly once, nobody over the budget or the per-card maximum, only the
 * refusals a cast past those limits may get, and the room must have received nothing (no dots,
 * no totals) before the reveal.
 */

/** A vote burst's rules and size (voteScenario.ts runs it): what the checks hold it to. */
export interface VoteScenario {
  name: string
  participants: number
  measures: number
  budget: number
  maxPerMeasure: number
  /** Casts each participant tries; more than `budget` so that some must be refused. */
  attemptsPerParticipant: number
  /** Every n-th participant stacks `maxPerMeasure + 1` of their casts on one card. */
  stackEvery: number
  /** Participants start casting at random moments spread over this long. */
  spreadMs: number
  /** The whole burst is meant to finish within this long. */
  windowMs: number
}

export interface VoteCheck {
  name: string
  ok: boolean
  detail: string
}

/** The refusals a cast beyond the budget or the per-card maximum may get, and nothing else. */
const EXPECTED_REFUSALS = new Set(['409 VOTE_BUDGET_SPENT', '409 VOTE_LIMIT_REACHED'])

/** The route answers 200 with the voter's standing; a 201 would count as accepted too. */
export function isAccepted(status: number): boolean {
  return status >= 200 && status < 300
}

export interface Voter {
  participantId: string
  token: string
  /** Measure ids of every cast, split into the two tabs. */
  tabs: [string[], string[]]
}

export interface Cast {
  voter: Voter
  measureId: string
  status: number
  /** `${status} ${code}`, or the bare status when accepted. */
  outcome: string
  body: VoteResponse | null
  latencyMs: number
}

/** What a voter must end up with if every cast is judged against the dots as they stand. */
function expectedAccepted(scenario: VoteScenario, voter: Voter): number {
  const perMeasure = new Map<string, number>()
  for (const id of voter.tabs.flat()) perMeasure.set(id, (perMeasure.get(id) ?? 0) + 1)
  let possible = 0
  for (const n of perMeasure.values()) possible += Math.min(n, scenario.maxPerMeasure)
  return Math.min(possible, scenario.budget)
}

/** What the bench read back from the server after the burst. */
export interface VoteReadback {
  /** Each voter's dots by measure, as `GET /votes/mine` answered them. */
  mine: Map<string, ReadonlyMap<string, number>>
  /** Per-measure totals the ledger doc held after the reveal, read over the sync socket. */
  totals: ReadonlyMap<string, number>
  /** What the ledger held before the reveal: legacy dot entries and published totals. */
  beforeReveal: { dotEntries: number; totalsPublished: boolean }
  /** Participant ids found anywhere in the ledger's totals after the reveal. */
  namesInTotals: string[]
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

function sample(failures: string[]): string {
  if (failures.length === 0) return 'none'
  const shown = failures.slice(0, 3).join('; ')
  return failures.length > 3 ? `${failures.length}: ${shown}; …` : shown
}

export function verify(
  scenario: VoteScenario,
  voters: Voter[],
  casts: Cast[],
  readback: VoteReadback,
): VoteCheck[] {
  const accepted = casts.filter((c) => isAccepted(c.status))
  const totalDots = [...readback.totals.values()].reduce((a, b) => a + b, 0)
  const checks: VoteCheck[] = []

  checks.push({
    name: 'the room received no dots and no totals before the reveal',
    ok: readback.beforeReveal.dotEntries === 0 && !readback.beforeReveal.totalsPublished,
    detail: `${readback.beforeReveal.dotEntries} dot entries, totals ${
      readback.beforeReveal.totalsPublished ? 'published' : 'absent'
    }`,
  })

  checks.push({
    name: 'accepted casts (2xx) = revealed totals in the ledger',
    ok: accepted.length === totalDots,
    detail: `${accepted.length} accepted, ${totalDots} in the totals`,
  })

  const acceptedPerMeasure = countBy(accepted, (c) => c.measureId)
  const measureIds = new Set([...acceptedPerMeasure.keys(), ...readback.totals.keys()])
  const totalsMismatch = [...measureIds].flatMap((id) =>
    (acceptedPerMeasure.get(id) ?? 0) === (readback.totals.get(id) ?? 0)
      ? []
      : [
          `${id}: ${acceptedPerMeasure.get(id) ?? 0} accepted, ${readback.totals.get(id) ?? 0} shown`,
        ],
  )
  checks.push({
    name: 'revealed totals = accepted casts, card by card, and no names in them',
    ok: totalsMismatch.length === 0 && readback.namesInTotals.length === 0,
    detail: sample([...totalsMismatch, ...readback.namesInTotals.map((id) => `names ${id}`)]),
  })

  const castsBy = new Map<string, Cast[]>()
  for (const c of casts) {
    const list = castsBy.get(c.voter.participantId) ?? []
    list.push(c)
    castsBy.set(c.voter.participantId, list)
  }
  const perVoterMismatch: string[] = []
  const overBudget: string[] = []
  const overMax: string[] = []
  const notSpent: string[] = []
  const sharedStanding: string[] = []
  for (const voter of voters) {
    const mine = castsBy.get(voter.participantId) ?? []
    const mineAccepted = mine.filter((c) => isAccepted(c.status))
    const held = readback.mine.get(voter.participantId) ?? new Map<string, number>()
    const heldTotal = [...held.values()].reduce((a, b) => a + b, 0)
    const acceptedOn = countBy(mineAccepted, (c) => c.measureId)
    const measureIds = new Set([...acceptedOn.keys(), ...held.keys()])
    const measuresAgree = [...measureIds].every(
      (id) => (acceptedOn.get(id) ?? 0) === (held.get(id) ?? 0),
    )
    if (mineAccepted.length !== heldTotal || !measuresAgree) {
      perVoterMismatch.push(
        `${voter.participantId}: ${mineAccepted.length} accepted, ${heldTotal} held`,
      )
    }
    if (heldTotal > scenario.budget || mineAccepted.length > scenario.budget) {
      overBudget.push(`${voter.participantId}: ${Math.max(heldTotal, mineAccepted.length)}`)
    }
    for (const [id, n] of held) {
      if (n > scenario.maxPerMeasure) overMax.push(`${voter.participantId} on ${id}: ${n}`)
    }
    const expected = expectedAccepted(scenario, voter)
    if (mineAccepted.length !== expected) {
      notSpent.push(`${voter.participantId}: ${mineAccepted.length} of ${expected}`)
    }
    // Serialised casts each see the standing the one before left: spent 1, 2, …, n.
    const spent = mineAccepted.map((c) => c.body?.spent ?? -1).sort((a, b) => a - b)
    if (spent.some((s, k) => s !== k + 1)) {
      sharedStanding.push(`${voter.participantId}: spent ${spent.join(',')}`)
    }
  }
  checks.push({
    name: 'per participant: accepted = own dots the server answers, card by card',
    ok: perVoterMismatch.length === 0,
    detail: sample(perVoterMismatch),
  })
  checks.push({
    name: `nobody over budget (${scenario.budget})`,
    ok: overBudget.length === 0,
    detail: sample(overBudget),
  })
  checks.push({
    name: `nobody over ${scenario.maxPerMeasure} dots on one card`,
    ok: overMax.length === 0,
    detail: sample(overMax),
  })
  checks.push({
    name: 'every accepted cast saw its own standing (spent 1…n)',
    ok: sharedStanding.length === 0,
    detail: sample(sharedStanding),
  })
  checks.push({
    name: 'everyone spent every dot they could',
    ok: notSpent.length === 0,
    detail: sample(notSpent),
  })
  const unexpected = casts.filter((c) => !isAccepted(c.status) && !EXPECTED_REFUSALS.has(c.outcome))
  const unexpectedCodes = countBy(unexpected, (c) => c.outcome)
  checks.push({
    name: 'refusals are 409 VOTE_BUDGET_SPENT or VOTE_LIMIT_REACHED',
    ok: unexpected.length === 0,
    detail: sample([...unexpectedCodes].map(([code, n]) => `${code} ×${n}`)),
  })
  return checks
}
