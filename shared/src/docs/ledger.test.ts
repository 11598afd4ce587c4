import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { peopleHere } from '../protocol/presence.ts'
import { makeParticipant } from '../test/fixtures.ts'
import { getControlState, setBoardLocked, setPhase } from './control.ts'
import {
  getParticipant,
  listCommitments,
  listParticipants,
  markParticipantRemoved,
  observePublishedVoteTotals,
  publishedVoteTotals,
  readLegacyVotes,
  recordCommitment,
  registerParticipant,
  setPublishedVoteTotals,
  withdrawCommitment,
} from './ledger.ts'

describe('ledger doc', () => {
  it('registers participants and lists them in joining order', () => {
    const doc = new Y.Doc()
    registerParticipant(doc, makeParticipant({ id: 'b', joinedAt: '2026-03-03T18:05:00.000Z' }))
    registerParticipant(doc, makeParticipant({ id: 'a', joinedAt: '2026-03-03T18:01:00.000Z' }))
    expect(listParticipants(doc).map((p) => p.id)).toEqual(['a', 'b'])
    expect(getParticipant(doc, 'b')?.displayName).toBe('Anna')
  })

  it('refuses a participant without a display name', () => {
    const doc = new Y.Doc()
    expect(() => registerParticipant(doc, makeParticipant({ displayName: '  ' }))).toThrow()
  })

  it('keeps a removed participant in the registry with who removed them and when', () => {
    const doc = new Y.Doc()
    registerParticipant(doc, makeParticipant())
    const at = new Date('2026-03-03T19:00:00.000Z')
    markParticipantRemoved(doc, 'p-anna', 'p-fac', at)
    markParticipantRemoved(doc, 'p-anna', 'p-other', new Date())
    expect(getParticipant(doc, 'p-anna')?.removed).toEqual({ by: 'p-fac', at: at.toISOString() })
    expect(listParticipants(doc)).toHaveLength(1)
    expect(() => markParticipantRemoved(doc, 'nobody', 'p-fac')).toThrow()
  })

  it('reads participants registered before removal was recorded', () => {
    const doc = new Y.Doc()
    doc.getMap('participants').set('old', { ...makeParticipant({ id: 'old' }) })
    expect(getParticipant(doc, 'old')?.removed).toBeUndefined()
  })
})

describe('control doc', () => {
  it('starts with no phase and an open board', () => {
    expect(getControlState(new Y.Doc())).toEqual({ phase: null, boardLocked: false })
  })

  it('holds the phase and the board lock', () => {
    const doc = new Y.Doc()
    setPhase(doc, 'propose')
    setBoardLocked(doc, true)
    expect(getControlState(doc)).toEqual({ phase: 'propose', boardLocked: true })
  })
})

describe('presence', () => {
  it('counts a person once across tabs and ignores states without a user', () => {
    const user = { participantId: 'p1', displayName: 'Anna', role: 'participant' }
    const people = peopleHere([{ user }, { user }, {}, { user: { ...user, participantId: 'p2' } }])
    expect(people.map((p) => p.participantId).sort()).toEqual(['p1', 'p2'])
  })
})

describe('commitments', () => {
  const signed = {
    id: 'c1',
    actorId: 'a1',
    measureId: null,
    text: 'We electrify our delivery fleet',
    target: { value: 100, unit: '% electric vans', year: 2028, tCO2eEquivalent: null },
    signedBy: 'p-anna',
    signedAt: '2026-03-03T19:00:00.000Z',
    withdrawn: null,
    measureStatusBefore: null,
  }

  it('records a signature and lists it', () => {
    const doc = new Y.Doc()
    recordCommitment(doc, signed)
    expect(listCommitments(doc)).toEqual([signed])
  })

  it('withdraws by recording who and when, keeping the text', () => {
    const doc = new Y.Doc()
    recordCommitment(doc, signed)
    const at = new Date('2026-04-01T10:00:00.000Z')
    withdrawCommitment(doc, 'c1', 'p-anna', at)
    expect(listCommitments(doc)[0]).toEqual({
      ...signed,
      withdrawn: { by: 'p-anna', at: at.toISOString() },
    })
  })

  it('holds vote totals only while published, by measure and without names', () => {
    const doc = new Y.Doc()
    expect(publishedVoteTotals(doc)).toEqual(new Map())
    setPublishedVoteTotals(
      doc,
      new Map([
        ['m2', 3],
        ['m1', 2],
        ['m3', 0],
      ]),
    )
    expect(Object.fromEntries(publishedVoteTotals(doc))).toEqual({ m1: 2, m2: 3 })
    expect(doc.getMap('results').toJSON()).toEqual({ totals: { m1: 2, m2: 3 } })
    setPublishedVoteTotals(doc, null)
    expect(publishedVoteTotals(doc)).toEqual(new Map())
    expect(doc.getMap('results').size).toBe(0)
  })

  it('writes nothing when the published totals are already what it would write', () => {
    const doc = new Y.Doc()
    setPublishedVoteTotals(doc, new Map([['m1', 2]]))
    let changes = 0
    const stop = observePublishedVoteTotals(doc, () => changes++)
    setPublishedVoteTotals(doc, new Map([['m1', 2]]))
    expect(changes).toBe(0)
    setPublishedVoteTotals(doc, new Map([['m1', 3]]))
    expect(changes).toBe(1)
    stop()
  })

  it('reads dots a ledger kept before secret voting, so the server can move them out', () => {
    const doc = new Y.Doc()
    doc.getMap('votes').set('p1:m1', 2)
    doc.getMap('votes').set('p2:m1', 0)
    doc.getMap('votes').set('broken', 1)
    expect(readLegacyVotes(doc)).toEqual([{ participantId: 'p1', measureId: 'm1', count: 2 }])
  })
})
