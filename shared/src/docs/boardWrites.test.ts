import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Role } from '../domain/enums.ts'
import { makeMeasureFields } from '../test/fixtures.ts'
import { addActor, addMeasure, setMeasureStatus, updateMeasure, withdrawMeasure } from './board.ts'
import { boardUpdateActions, boardWriteRefusal, readBoardUpdate } from './boardWrites.ts'
import { addComment, deleteComment, toggleReaction } from './discussion.ts'

/**
 * A server's copy and a phone's copy of one board. `send` makes a change on the phone and
 * returns what the server reads from the update, then lets the server apply it, as it would.
 */
function boards() {
  const server = new Y.Doc()
  const phone = new Y.Doc()
  const seedMeasure = addMeasure(server, {
    fields: makeMeasureFields({ title: 'Bike lanes' }),
    proposer: { participantId: 'p-anna', actorId: null },
  })
  Y.applyUpdate(phone, Y.encodeStateAsUpdate(server))
  const send = (change: (doc: Y.Doc) => void): Set<string> => {
    const before = Y.encodeStateVector(phone)
    change(phone)
    const update = Y.encodeStateAsUpdate(phone, before)
    const actions = boardUpdateActions(server, update)
    Y.applyUpdate(server, update)
    return actions
  }
  /** What the server says to `writer` about a change made on the phone (nothing applied). */
  const judge = (writer: Writer, change: (doc: Y.Doc) => void): string | null => {
    const before = Y.encodeStateVector(phone)
    change(phone)
    const update = Y.encodeStateAsUpdate(phone, before)
    return boardWriteRefusal(server, readBoardUpdate(server, update), writer)
  }
  return { server, phone, send, judge, measureId: seedMeasure.id }
}

type Writer = { participantId: string; role: Role }
const anna: Writer = { participantId: 'p-anna', role: 'participant' }
const bo: Writer = { participantId: 'p-bo', role: 'participant' }
const frida: Writer = { participantId: 'p-fac', role: 'facilitator' }

describe('[P16] what a board update does', () => {
  it('calls a new measure a proposal', () => {
    const { send } = boards()
    const proposal = send((doc) =>
      addMeasure(doc, {
        fields: makeMeasureFields(),
        proposer: { participantId: 'p-anna', actorId: null },
      }),
    )
    expect(proposal).toEqual(new Set(['propose']))
  })

  it('calls a field edit, a withdrawal and a named organisation edits', () => {
    const { send, measureId } = boards()
    expect(send((doc) => updateMeasure(doc, measureId, { title: 'Wider bike lanes' }))).toEqual(
      new Set(['editOwn']),
    )
    expect(send((doc) => withdrawMeasure(doc, measureId, anna))).toEqual(new Set(['editOwn']))
    expect(send((doc) => addActor(doc, { name: 'Umeå Energi', kind: 'utility' }))).toEqual(
      new Set(['editOwn']),
    )
  })

  it('calls comments comments, also when removed, and reactions reactions, also taken back', () => {
    const { send, measureId } = boards()
    let commentId = ''
    const added = send((doc) => {
      commentId = addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Yes!' }).id
    })
    expect(added).toEqual(new Set(['comment']))
    expect(send((doc) => deleteComment(doc, commentId, 'p-anna'))).toEqual(new Set(['comment']))
    const react = { measureId, participantId: 'p-anna', kind: 'support' as const }
    expect(send((doc) => toggleReaction(doc, react))).toEqual(new Set(['react']))
    expect(send((doc) => toggleReaction(doc, react))).toEqual(new Set(['react']))
  })

  it('sees a proposal hidden among comments in one update', () => {
    const { send, measureId } = boards()
    const both = send((doc) => {
      addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Also:' })
      addMeasure(doc, {
        fields: makeMeasureFields(),
        proposer: { participantId: 'p-anna', actorId: null },
      })
    })
    expect(both).toEqual(new Set(['comment', 'propose']))
  })

  it('treats content at an unknown root as the strictest action', () => {
    const { send } = boards()
    expect(send((doc) => doc.getMap('elsewhere').set('x', 1))).toEqual(new Set(['propose']))
  })

  it('finds nothing to do in a sync reply that repeats what the server has', () => {
    const { server, phone, measureId } = boards()
    updateMeasure(server, measureId, { title: 'Edited on the server' })
    Y.applyUpdate(phone, Y.encodeStateAsUpdate(server))
    const reply = Y.encodeStateAsUpdate(phone, Y.encodeStateVector(server))
    expect(boardUpdateActions(server, reply)).toEqual(new Set())
  })
})

describe('[P8][P15] whose content a board update touches', () => {
  it('lets the proposer and the facilitator edit a measure, nobody else', () => {
    const edit = (doc: Y.Doc, id: string) => updateMeasure(doc, id, { title: 'Narrower lanes' })
    const forAnna = boards()
    expect(forAnna.judge(anna, (doc) => edit(doc, forAnna.measureId))).toBeNull()
    const forBo = boards()
    expect(forBo.judge(bo, (doc) => edit(doc, forBo.measureId))).toBe(
      'refused: you may edit only your own measures',
    )
    const forFrida = boards()
    expect(forFrida.judge(frida, (doc) => edit(doc, forFrida.measureId))).toBeNull()
    const withdrawing = boards()
    expect(
      withdrawing.judge(bo, (doc) => setMeasureStatus(doc, withdrawing.measureId, 'withdrawn')),
    ).toBe('refused: you may edit only your own measures')
  })

  it('refuses a proposal or a comment in someone else’s name', () => {
    const { judge } = boards()
    expect(
      judge(bo, (doc) =>
        addMeasure(doc, {
          fields: makeMeasureFields(),
          proposer: { participantId: 'p-anna', actorId: null },
        }),
      ),
    ).toBe('refused: a new measure must name you as its proposer')
    const other = boards()
    expect(
      other.judge(bo, (doc) =>
        addComment(doc, {
          measureId: other.measureId,
          authorParticipantId: 'p-anna',
          text: 'Says Anna',
        }),
      ),
    ).toBe('refused: a new comment must name you as its author')
    const own = boards()
    expect(
      own.judge(bo, (doc) =>
        addComment(doc, { measureId: own.measureId, authorParticipantId: 'p-bo', text: 'Me' }),
      ),
    ).toBeNull()
  })

  it('lets only its author remove a comment, and each person react only for themselves', () => {
    const { send, judge, measureId } = boards()
    let commentId = ''
    send((doc) => {
      commentId = addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Mine' }).id
    })
    expect(judge(bo, (doc) => deleteComment(doc, commentId, 'p-anna'))).toBe(
      'refused: you may edit only your own comments',
    )
    const reacting = boards()
    const asAnna = { measureId: reacting.measureId, participantId: 'p-anna', kind: 'love' as const }
    expect(reacting.judge(bo, (doc) => toggleReaction(doc, asAnna))).toBe(
      'refused: you react only for yourself',
    )
  })
})
