import { listVotes, type VoteResponse, votesOf } from '@pactboard/shared'
import type * as Y from 'yjs'
import type { VoteScenario } from './voteScenario.ts'

/**
 * The vote burst's verdict: what the ledger holds afterwards against what the server answered.
 * Every accepted cast counted once, nobody over the budget or the per-card maximum, and only the
 * refusals a cast past those limits may get.
 */

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

/** What a voter must end up with if every cast is judged against the ledger as it stands. */
function expectedAccepted(scenario: VoteScenario, voter: Voter): number {
  const perMeasure = new Map<string, number>()
  for (const id of voter.tabs.flat()) perMeasure.set(id, (perMeasure.get(id) ?? 0) + 1)
  let possible = 0
  for (const n of perMeasure.values()) possible += Math.min(n, scenario.maxPerMeasure)
  return Math.min(possible, scenario.budget)
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
  ledger: Y.Doc,
): VoteCheck[] {
  const accepted = casts.filter((c) => isAccepted(c.status))
  const votes = listVotes(ledger)
  const ledgerDots = votes.reduce((sum, v) => sum + v.count, 0)
  const checks: VoteCheck[] = []

  checks.push({
    name: 'accepted casts (2xx) = dots in the ledger',
    ok: accepted.length === ledgerDots,
    detail: `${accepted.length} accepted, ${ledgerDots} in the ledger`,
  })

  const voterIds = new Set(voters.map((v) => v.participantId))
  const strangers = votes.filter((v) => !voterIds.has(v.participantId))
  checks.push({
    name: 'the ledger holds only the voters’ dots',
    ok: strangers.length === 0,
    detail: sample(strangers.map((v) => `${v.participantId} on ${v.measureId}`)),
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
    const inLedger = votesOf(ledger, voter.participantId)
    const ledgerTotal = [...inLedger.values()].reduce((a, b) => a + b, 0)
    const acceptedOn = countBy(mineAccepted, (c) => c.measureId)
    const measureIds = new Set([...acceptedOn.keys(), ...inLedger.keys()])
    const measuresAgree = [...measureIds].every(
      (id) => (acceptedOn.get(id) ?? 0) === (inLedger.get(id) ?? 0),
    )
    if (mineAccepted.length !== ledgerTotal || !measuresAgree) {
      perVoterMismatch.push(
        `${voter.participantId}: ${mineAccepted.length} accepted, ${ledgerTotal} in the ledger`,
      )
    }
    if (ledgerTotal > scenario.budget || mineAccepted.length > scenario.budget) {
      overBudget.push(`${voter.participantId}: ${Math.max(ledgerTotal, mineAccepted.length)}`)
    }
    for (const [id, n] of inLedger) {
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
    name: 'per participant: accepted = ledger count, card by card',
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
