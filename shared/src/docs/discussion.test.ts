import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeBoardDoc } from '../test/fixtures.ts'
import {
  addComment,
  commentsByMeasure,
  deleteComment,
  editComment,
  getComment,
  listComments,
  observeComments,
  observeReactions,
  reactionCounts,
  toggleReaction,
} from './discussion.ts'

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
}

function boardWithOneMeasure() {
  const { doc, measures } = makeBoardDoc([{}])
  return { doc, measureId: measures[0]!.id }
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 19, minute))

describe('comments', () => {
  it('[P13] adds comments to a measure and lists its thread oldest first', () => {
    const { doc, measureId } = boardWithOneMeasure()
    addComment(doc, { measureId, authorParticipantId: 'p-bo', text: 'Second', now: at(2) })
    const first = addComment(doc, {
      measureId,
      authorParticipantId: 'p-anna',
      text: '  What about the sports halls?  ',
      now: at(1),
    })
    expect(first).toMatchObject({ text: 'What about the sports halls?', deleted: false })
    expect(listComments(doc, measureId).map((c) => c.text)).toEqual([
      'What about the sports halls?',
      'Second',
    ])
    expect(listComments(doc, 'another-measure')).toEqual([])
  })

  it('refuses empty or overlong text and unknown measures, leaving the doc untouched', () => {
    const { doc, measureId } = boardWithOneMeasure()
    expect(() => addComment(doc, { measureId, authorParticipantId: 'p', text: '   ' })).toThrow()
    const long = 'x'.repeat(1001)
    expect(() => addComment(doc, { measureId, authorParticipantId: 'p', text: long })).toThrow()
    expect(() =>
      addComment(doc, { measureId: 'nope', authorParticipantId: 'p', text: 'Hello' }),
    ).toThrow()
    expect(commentsByMeasure(doc).size).toBe(0)
  })

  it('[P15] lets the author edit their comment and no one else', () => {
    const { doc, measureId } = boardWithOneMeasure()
    const { id } = addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Frist' })
    expect(() => editComment(doc, id, 'p-bo', 'Hijacked')).toThrow()
    editComment(doc, id, 'p-anna', 'First', at(5))
    expect(getComment(doc, id)).toMatchObject({ text: 'First', editedAt: at(5).toISOString() })
  })

  it('[P15] removes a comment softly: it stays in the thread without its text', () => {
    const { doc, measureId } = boardWithOneMeasure()
    const { id } = addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Oops' })
    expect(() => deleteComment(doc, id, 'p-bo')).toThrow()
    deleteComment(doc, id, 'p-anna')
    expect(listComments(doc, measureId)).toEqual([
      expect.objectContaining({ id, deleted: true, text: '' }),
    ])
    expect(() => editComment(doc, id, 'p-anna', 'Back again')).toThrow()
  })

  it('keeps a comment removed when its author edits it in another tab at the same time', () => {
    const { doc: a, measureId } = boardWithOneMeasure()
    const { id } = addComment(a, { measureId, authorParticipantId: 'p-anna', text: 'Draft' })
    const b = new Y.Doc()
    sync(a, b)
    deleteComment(a, id, 'p-anna')
    editComment(b, id, 'p-anna', 'Edited meanwhile')
    sync(a, b)
    for (const doc of [a, b]) expect(getComment(doc, id)?.deleted).toBe(true)
  })

  it('keeps a comment made on a measure another client deletes, and shows it nowhere', () => {
    const { doc: a, measureId } = boardWithOneMeasure()
    const b = new Y.Doc()
    sync(a, b)
    addComment(a, { measureId, authorParticipantId: 'p-anna', text: 'Too late?' })
    b.getMap('measures').delete(measureId)
    sync(a, b)
    for (const doc of [a, b]) {
      expect(doc.getMap('measures').has(measureId)).toBe(false)
      expect(listComments(doc, measureId)).toHaveLength(1)
      // With the measure gone here, no one can add to its thread any more.
      expect(() =>
        addComment(doc, { measureId, authorParticipantId: 'p-bo', text: 'Hello?' }),
      ).toThrow()
    }
  })

  it('skips comments another client wrote that do not parse', () => {
    const { doc, measureId } = boardWithOneMeasure()
    addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Valid' })
    const junk = new Y.Map<unknown>()
    junk.set('measureId', measureId)
    junk.set('text', 42)
    doc.getMap('comments').set('junk', junk)
    doc.getMap('comments').set('flat', { measureId, text: 'not a map' })
    expect(listComments(doc, measureId).map((c) => c.text)).toEqual(['Valid'])
  })

  it('notifies observers of new comments and edits until unsubscribed', () => {
    const { doc, measureId } = boardWithOneMeasure()
    const seen: string[][] = []
    const stop = observeComments(doc, (threads) =>
      seen.push((threads.get(measureId) ?? []).map((c) => c.text)),
    )
    const { id } = addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'One' })
    editComment(doc, id, 'p-anna', 'One, edited')
    stop()
    addComment(doc, { measureId, authorParticipantId: 'p-anna', text: 'Two' })
    expect(seen).toEqual([['One'], ['One, edited']])
  })
})

describe('reactions', () => {
  it('[P13] toggles a reaction on and off and counts it per kind', () => {
    const { doc, measureId } = boardWithOneMeasure()
    expect(toggleReaction(doc, { measureId, participantId: 'p-anna', kind: 'support' })).toBe(true)
    toggleReaction(doc, { measureId, participantId: 'p-bo', kind: 'support' })
    toggleReaction(doc, { measureId, participantId: 'p-bo', kind: 'concern' })
    const counts = reactionCounts(doc, measureId, 'p-anna')
    expect(counts.support).toEqual({ count: 2, mine: true })
    expect(counts.concern).toEqual({ count: 1, mine: false })
    expect(counts.idea).toEqual({ count: 0, mine: false })
    expect(toggleReaction(doc, { measureId, participantId: 'p-anna', kind: 'support' })).toBe(false)
    expect(reactionCounts(doc, measureId, 'p-anna').support).toEqual({ count: 1, mine: false })
  })

  it('refuses kinds outside the closed set and unknown measures', () => {
    const { doc, measureId } = boardWithOneMeasure()
    const kind = 'angry' as 'support'
    expect(() => toggleReaction(doc, { measureId, participantId: 'p', kind })).toThrow()
    expect(() =>
      toggleReaction(doc, { measureId: 'nope', participantId: 'p', kind: 'idea' }),
    ).toThrow()
  })

  it('counts both when two people react at once on two devices', () => {
    const { doc: a, measureId } = boardWithOneMeasure()
    const b = new Y.Doc()
    sync(a, b)
    toggleReaction(a, { measureId, participantId: 'p-anna', kind: 'love' })
    toggleReaction(b, { measureId, participantId: 'p-bo', kind: 'love' })
    sync(a, b)
    for (const doc of [a, b]) expect(reactionCounts(doc, measureId, 'p-bo').love.count).toBe(2)
  })

  it('converges to one reaction when one person reacts from two tabs at once', () => {
    const { doc: a, measureId } = boardWithOneMeasure()
    const b = new Y.Doc()
    sync(a, b)
    toggleReaction(a, { measureId, participantId: 'p-anna', kind: 'idea' })
    toggleReaction(b, { measureId, participantId: 'p-anna', kind: 'idea' })
    sync(a, b)
    for (const doc of [a, b]) {
      expect(reactionCounts(doc, measureId, 'p-anna').idea).toEqual({ count: 1, mine: true })
    }
  })

  it('skips reaction keys another client wrote that do not parse', () => {
    const { doc, measureId } = boardWithOneMeasure()
    const reactions = doc.getMap('reactions')
    reactions.set(`${measureId}:p-anna:angry`, true)
    reactions.set(`${measureId}:p-anna:support`, 'yes')
    reactions.set(`${measureId}:p-bo:support:extra`, true)
    reactions.set(`${measureId}:p-bo:support`, true)
    expect(reactionCounts(doc, measureId, 'p-anna').support).toEqual({ count: 1, mine: false })
  })

  it('notifies observers until unsubscribed', () => {
    const { doc, measureId } = boardWithOneMeasure()
    let calls = 0
    const stop = observeReactions(doc, () => {
      calls += 1
    })
    toggleReaction(doc, { measureId, participantId: 'p-anna', kind: 'idea' })
    stop()
    toggleReaction(doc, { measureId, participantId: 'p-anna', kind: 'idea' })
    expect(calls).toBe(1)
  })
})
