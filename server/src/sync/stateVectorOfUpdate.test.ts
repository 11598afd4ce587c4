import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { stateVectorOfUpdate } from './stateVectorOfUpdate.ts'
import { corpus, threeEdits, updatesOf } from './updateCorpus.ts'
import { CHECKED, type ItemReader, readStructs, SKIMMED } from './updateStructs.ts'

const structsOf = (update: Uint8Array, read: ItemReader) => {
  const seen: [number, number, number, boolean][] = []
  readStructs(decoding.createDecoder(update), read, (...struct) => seen.push(struct))
  return seen
}

/** Several people writing one doc, each update kept, so any subset of them can be merged. */
function history(): Uint8Array[] {
  const docs = [1, 2, 3].map((id) => {
    const doc = new Y.Doc()
    doc.clientID = id
    return doc
  })
  const updates: Uint8Array[] = []
  for (const doc of docs) doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let round = 0; round < 12; round++) {
    for (const doc of docs) {
      const text = doc.getText('t')
      text.insert(Math.min(round, text.length), `${doc.clientID}:${round} ñ 🌍`)
      if (round % 3 === 2) text.delete(0, 2)
      doc.getMap('m').set(`k${round % 4}`, { round, by: doc.clientID, big: 2n ** 40n })
    }
    // everyone hears everyone now and then: origins across clients
    if (round % 4 === 3) {
      for (const doc of docs)
        for (const other of docs) Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    }
  }
  return updates
}

describe('stateVectorOfUpdate', () => {
  it('steps over every kind of content to the lengths Yjs decodes', () => {
    for (const update of corpus()) {
      expect(structsOf(update, SKIMMED)).toEqual(structsOf(update, CHECKED))
    }
  })

  it('is byte for byte the state vector Yjs reads from the update', () => {
    for (const update of corpus()) {
      expect(stateVectorOfUpdate(update)).toEqual(Y.encodeStateVectorFromUpdate(update))
    }
  })

  it('agrees with Yjs on merged histories with gaps, whatever is missing', () => {
    const updates = history()
    let seed = 7
    const next = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed / 0x7fffffff
    }
    for (let i = 0; i < 200; i++) {
      // a random subset: clients whose first updates are missing, gaps in the middle
      const subset = updates.filter(() => next() < 0.6)
      if (subset.length === 0) continue
      const merged = Y.mergeUpdates(subset)
      expect(stateVectorOfUpdate(merged)).toEqual(Y.encodeStateVectorFromUpdate(merged))
    }
    const whole = Y.mergeUpdates(updates)
    expect(Y.decodeStateVector(stateVectorOfUpdate(whole)).size).toBe(3)
  })

  it('follows Yjs where a client comes twice in one update and where the first struct is a gap', () => {
    const a = updatesOf((doc) => doc.getText('t').insert(0, 'abc'), 21)
    const b = updatesOf((doc) => doc.getText('t').insert(0, 'xyz'), 22)
    // two blocks of client 21 around one of client 22, as no Yjs encoder writes but a client may
    const twice = concatBlocks([a.at(-1)!, b.at(-1)!, a.at(-1)!])
    expect(stateVectorOfUpdate(twice)).toEqual(Y.encodeStateVectorFromUpdate(twice))
    const source = threeEdits(23)
    const gapFirst = Y.mergeUpdates([source[1]!, source[2]!])
    expect(stateVectorOfUpdate(gapFirst)).toEqual(Y.encodeStateVectorFromUpdate(gapFirst))
    expect(stateVectorOfUpdate(Y.encodeStateAsUpdate(new Y.Doc()))).toEqual(Uint8Array.of(0))
  })
})

/** The struct blocks of several single-block updates as one update, with no deletions. */
function concatBlocks(updates: Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, updates.length)
  for (const update of updates) {
    const decoder = decoding.createDecoder(update)
    expect(decoding.readVarUint(decoder)).toBe(1)
    const withoutDeletions = update.subarray(decoder.pos, update.length - 1)
    expect(update.at(-1)).toBe(0)
    encoding.writeUint8Array(encoder, withoutDeletions)
  }
  encoding.writeVarUint(encoder, 0)
  return encoding.toUint8Array(encoder)
}
