import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { peopleHere } from '../protocol/presence.ts'
import { makeParticipant } from '../test/fixtures.ts'
import { getControlState, setBoardLocked, setPhase } from './control.ts'
import { getParticipant, listParticipants, registerParticipant } from './ledger.ts'

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
