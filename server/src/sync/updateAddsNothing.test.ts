import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { updateAddsNothing } from './updateAddsNothing.ts'

function docWithDeletions(): Y.Doc {
  const doc = new Y.Doc()
  const map = doc.getMap<number>('m')
  map.set('a', 1)
  map.set('a', 2) // the first value is now deleted
  return doc
}

describe('updateAddsNothing', () => {
  it('holds for a sync reply from a peer that has exactly the same state, deletions included', () => {
    const doc = docWithDeletions()
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    const reply = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc))
    expect(Y.decodeUpdate(reply).ds.clients.size).toBeGreaterThan(0)
    expect(updateAddsNothing(doc, reply)).toBe(true)
  })

  it('fails for new content', () => {
    const doc = docWithDeletions()
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    peer.getMap<number>('m').set('b', 3)
    expect(updateAddsNothing(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)))).toBe(
      false,
    )
  })

  it('fails for a deletion the doc does not have yet', () => {
    const doc = new Y.Doc()
    doc.getMap<number>('m').set('a', 1)
    const peer = new Y.Doc()
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc))
    peer.getMap<number>('m').delete('a')
    const reply = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc))
    expect(updateAddsNothing(doc, reply)).toBe(false)
  })
})
