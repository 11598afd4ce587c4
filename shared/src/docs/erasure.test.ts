import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { languagePack } from '../i18n/languages.ts'
import { withoutPrivateNames } from '../plan/withoutPrivateNames.ts'
import { makeBoardDoc, makeParticipant } from '../test/fixtures.ts'
import { addActor, clearResponsiblePerson, getActor, getMeasure } from './board.ts'
import { addComment, listAllComments, removeCommentsBy } from './discussion.ts'
import {
  getParticipant,
  listParticipants,
  markParticipantErased,
  participantNumber,
  registerParticipant,
} from './ledger.ts'
import { clearReportReasonsBy, listModerationLog, reportMeasure } from './moderation.ts'

/** The helpers a person's erasure ([G2]) and the exports' pseudonyms ([G4]) are made of. */

function ledgerWithThree(): Y.Doc {
  const ledger = new Y.Doc()
  registerParticipant(
    ledger,
    makeParticipant({
      id: 'p-frida',
      displayName: 'Frida',
      role: 'facilitator',
      joinedAt: '2026-03-03T17:00:00.000Z',
    }),
  )
  registerParticipant(
    ledger,
    makeParticipant({ id: 'p-anna', displayName: 'Anna Svensson', actorId: 'a-1' }),
  )
  registerParticipant(
    ledger,
    makeParticipant({ id: 'p-bo', displayName: 'Bo', joinedAt: '2026-03-03T19:00:00.000Z' }),
  )
  return ledger
}

/** Every string a doc's stored state holds, as UTF-8 bytes searched for `text`. */
function stateHolds(doc: Y.Doc, text: string): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).includes(Buffer.from(text, 'utf8'))
}

describe('[G2] erasing a person in the docs', () => {
  it('numbers people in the order they joined', () => {
    const ledger = ledgerWithThree()
    expect(participantNumber(ledger, 'p-frida')).toBe(1)
    expect(participantNumber(ledger, 'p-anna')).toBe(2)
    expect(participantNumber(ledger, 'p-bo')).toBe(3)
    expect(participantNumber(ledger, 'nobody')).toBeNull()
  })

  it('rewrites the registry entry with the former name, no organisation, removed and erased; the old name is gone from the state', () => {
    const ledger = ledgerWithThree()
    expect(stateHolds(ledger, 'Anna Svensson')).toBe(true)
    const now = new Date('2026-03-04T08:00:00.000Z')
    const formerName = languagePack('en').workshop.formerParticipant(2)
    const erased = markParticipantErased(ledger, 'p-anna', { formerName, by: 'p-frida', now })
    expect(erased).toMatchObject({
      displayName: 'Former participant 2',
      actorId: null,
      removed: { by: 'p-frida', at: now.toISOString() },
      erased: { at: now.toISOString() },
    })
    expect(getParticipant(ledger, 'p-anna')).toEqual(erased)
    expect(stateHolds(ledger, 'Anna Svensson')).toBe(false)
    // Twice changes nothing, and the place in the order stays.
    expect(markParticipantErased(ledger, 'p-anna', { formerName: 'x', by: 'p-bo' })).toEqual(erased)
    expect(participantNumber(ledger, 'p-anna')).toBe(2)
  })

  it('removes their comments whole and leaves everyone else’s', () => {
    const { doc, measures } = makeBoardDoc([{ title: 'Bike lanes' }])
    const measureId = measures[0]!.id
    addComment(doc, {
      measureId,
      authorParticipantId: 'p-anna',
      text: 'I, Anna from Storgatan 3, agree',
    })
    addComment(doc, { measureId, authorParticipantId: 'p-bo', text: 'Me too' })
    expect(removeCommentsByAnna(doc)).toBe(1)
    expect(listAllComments(doc).map((c) => c.text)).toEqual(['Me too'])
    expect(stateHolds(doc, 'Storgatan 3')).toBe(false)
    // Their measure stays, proposer and all.
    expect(getMeasure(doc, measureId)?.proposer.participantId).toBe('p-anna')
  })

  it('keeps their reports in the log without their words', () => {
    const ledger = new Y.Doc()
    reportMeasure(ledger, 'm-1', 'Anna here: this is my neighbour', { by: 'p-anna' })
    reportMeasure(ledger, 'm-1', 'Spam', { by: 'p-bo' })
    expect(clearReportReasonsBy(ledger, 'p-anna')).toBe(1)
    expect(listModerationLog(ledger).map((e) => [e.by, e.reason])).toEqual([
      ['p-anna', null],
      ['p-bo', 'Spam'],
    ])
    expect(stateHolds(ledger, 'my neighbour')).toBe(false)
  })

  it('takes the responsible person off the actors they were named on, case-blind', () => {
    const { doc } = makeBoardDoc()
    const named = addActor(doc, {
      name: 'Solkraft AB',
      kind: 'company',
      responsiblePerson: 'Anna Svensson ',
      position: 'CEO',
    })
    const other = addActor(doc, {
      name: 'Lund Energi',
      kind: 'utility',
      responsiblePerson: 'Per Ek',
      position: 'CTO',
    })
    expect(clearResponsiblePerson(doc, 'anna svensson')).toBe(1)
    expect(getActor(doc, named.id)).toMatchObject({
      name: 'Solkraft AB',
      responsiblePerson: '',
      position: '',
    })
    expect(getActor(doc, other.id)?.responsiblePerson).toBe('Per Ek')
  })
})

function removeCommentsByAnna(doc: Y.Doc): number {
  return removeCommentsBy(doc, 'p-anna')
}

describe('[G4] names in exports', () => {
  it('calls every person "Participant N" and keeps organisations; an erased person stays "Former participant N"', () => {
    const ledger = ledgerWithThree()
    markParticipantErased(ledger, 'p-bo', {
      formerName: languagePack('sv').workshop.formerParticipant(3),
      by: 'p-frida',
    })
    const { doc: board } = makeBoardDoc()
    addActor(board, { name: 'Solkraft AB', kind: 'company', responsiblePerson: 'Per Ek' })
    withoutPrivateNames({ ledger, board }, 'default', 'sv')
    expect(listParticipants(ledger).map((p) => p.displayName)).toEqual([
      'Deltagare 1',
      'Deltagare 2',
      'Tidigare deltagare 3',
    ])
    expect(stateHolds(ledger, 'Anna Svensson')).toBe(false)
    expect(stateHolds(board, 'Per Ek')).toBe(true)
  })

  it('anonymised, leaves out the organisations’ responsible persons too', () => {
    const ledger = ledgerWithThree()
    const { doc: board } = makeBoardDoc()
    addActor(board, { name: 'Solkraft AB', kind: 'company', responsiblePerson: 'Per Ek' })
    withoutPrivateNames({ ledger, board }, 'anonymised', 'en')
    expect(stateHolds(board, 'Per Ek')).toBe(false)
    expect(stateHolds(board, 'Solkraft AB')).toBe(true)
  })
})
