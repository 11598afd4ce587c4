import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeMeasureFields } from '../test/fixtures.ts'
import { addActor, addMeasure, updateMeasure, withdrawMeasure } from './board.ts'
import { boardUpdateActions } from './boardWrites.ts'
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
  return { server, phone, send, measureId: seedMeasure.id }
}

const anna = { participantId: 'p-anna', role: 'participant' as const }

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
