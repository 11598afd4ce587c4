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
  recordCommitment,
  registerParticipant,
  voteTotals,
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
    target: { value: 100, unit: '% electric vans', year: 2028 },
    signedBy: 'p-anna',
    signedAt: '2026-03-03T19:00:00.000Z',
    withdrawn: null,
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

  it('sums votes per measure', () => {
    const doc = new Y.Doc()
    doc.getMap('votes').set('p1:m1', 2)
    doc.getMap('votes').set('p2:m1', 1)
    doc.getMap('votes').set('p2:m2', 3)
    expect(Object.fromEntries(voteTotals(doc))).toEqual({ m1: 3, m2: 3 })
  })
})
