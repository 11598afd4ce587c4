import { describe, expect, it } from 'vitest'
import { NOT_STARTED_ALLOWS, type PhaseAllows } from './phase.ts'
import {
  dotCountRefusal,
  rankByVotes,
  remainingDots,
  type VoteAttempt,
  voteRefusal,
} from './voting.ts'

const VOTING: PhaseAllows = { ...NOT_STARTED_ALLOWS, vote: true }

function attempt(overrides: Partial<VoteAttempt> = {}): VoteAttempt {
  return {
    role: 'participant',
    voterId: 'p-anna',
    delta: 1,
    allows: VOTING,
    settings: { budgetPerParticipant: 5, maxPerMeasure: 3, excludeOwn: false },
    measure: { proposerId: 'p-bo', openToVotes: true },
    onMeasure: 0,
    spent: 0,
    ...overrides,
  }
}

describe('[P20] dot voting rules', () => {
  it('lets a participant or company representative cast a dot in a vote phase', () => {
    expect(voteRefusal(attempt())).toBeNull()
    expect(voteRefusal(attempt({ role: 'company' }))).toBeNull()
  })

  it('refuses facilitators, planners and observers whatever else holds', () => {
    for (const role of ['facilitator', 'planner', 'observer'] as const) {
      expect(voteRefusal(attempt({ role }))).toBe('not_a_voter')
    }
  })

  it('refuses casting and withdrawing outside a vote phase', () => {
    const closed = { ...VOTING, vote: false }
    expect(voteRefusal(attempt({ allows: closed }))).toBe('phase_closed')
    expect(voteRefusal(attempt({ allows: closed, delta: -1, onMeasure: 1 }))).toBe('phase_closed')
  })

  it('stops at the budget and at the maximum per measure', () => {
    expect(voteRefusal(attempt({ spent: 4 }))).toBeNull()
    expect(voteRefusal(attempt({ spent: 5 }))).toBe('budget_spent')
    expect(voteRefusal(attempt({ onMeasure: 3, spent: 3 }))).toBe('measure_full')
  })

  it('refuses one’s own proposal only when the facilitator excludes own proposals', () => {
    const own = { proposerId: 'p-anna', openToVotes: true }
    expect(voteRefusal(attempt({ measure: own }))).toBeNull()
    const excluding = { budgetPerParticipant: 5, maxPerMeasure: 3, excludeOwn: true }
    expect(voteRefusal(attempt({ measure: own, settings: excluding }))).toBe('own_measure')
  })

  it('refuses a card that is not open to votes, but lets its dots be taken back', () => {
    const closedCard = { proposerId: 'p-bo', openToVotes: false }
    expect(voteRefusal(attempt({ measure: closedCard }))).toBe('measure_unavailable')
    expect(voteRefusal(attempt({ measure: closedCard, delta: -1, onMeasure: 2 }))).toBeNull()
  })

  it('judges the counts alone the same way, for a store to apply in its transaction', () => {
    const limits = { budgetPerParticipant: 5, maxPerMeasure: 3 }
    expect(dotCountRefusal({ delta: 1, settings: limits, onMeasure: 2, spent: 4 })).toBeNull()
    expect(dotCountRefusal({ delta: 1, settings: limits, onMeasure: 3, spent: 3 })).toBe(
      'measure_full',
    )
    expect(dotCountRefusal({ delta: 1, settings: limits, onMeasure: 0, spent: 5 })).toBe(
      'budget_spent',
    )
    expect(dotCountRefusal({ delta: -1, settings: limits, onMeasure: 0, spent: 5 })).toBe(
      'nothing_to_withdraw',
    )
  })

  it('refuses taking back a dot that is not there', () => {
    expect(voteRefusal(attempt({ delta: -1, onMeasure: 0 }))).toBe('nothing_to_withdraw')
  })

  it('counts the dots left, never below zero', () => {
    const settings = { budgetPerParticipant: 5, maxPerMeasure: 3, excludeOwn: false }
    expect(remainingDots(settings, 2)).toBe(3)
    expect(remainingDots(settings, 7)).toBe(0)
  })
})

describe('ranking by votes', () => {
  it('orders by votes, shares a rank on a tie and keeps the board order among ties', () => {
    const totals = new Map([
      ['b', 4],
      ['c', 9],
      ['d', 4],
    ])
    expect(rankByVotes(['a', 'b', 'c', 'd'], totals)).toEqual([
      { measureId: 'c', votes: 9, rank: 1 },
      { measureId: 'b', votes: 4, rank: 2 },
      { measureId: 'd', votes: 4, rank: 2 },
      { measureId: 'a', votes: 0, rank: 4 },
    ])
  })
})
