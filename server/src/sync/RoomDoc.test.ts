import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { RoomDoc } from './RoomDoc.ts'

const LOAD = Symbol('load')

function stored(entries: Record<string, number>): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc()
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (const [key, value] of Object.entries(entries)) doc.getMap('m').set(key, value)
  return { doc, updates }
}

/** A client that applies the reply to what it has; returns its map afterwards. */
function clientAfter(reply: (sv: Uint8Array) => Uint8Array, has: Y.Doc = new Y.Doc()) {
  Y.applyUpdate(has, reply(Y.encodeStateVector(has)))
  return has.getMap('m').toJSON()
}

describe('RoomDoc', () => {
  it('answers syncs from the stored bytes without building the doc', () => {
    const { updates } = stored({ a: 1, b: 2, c: 3 })
    const room = new RoomDoc(() => new Y.Doc(), LOAD)
    room.load(updates)
    expect(clientAfter((sv) => room.updateFor(sv))).toEqual({ a: 1, b: 2, c: 3 })
    // a client that already has the first update gets only the rest
    const partial = new Y.Doc()
    Y.applyUpdate(partial, updates[0]!)
    const rest = room.updateFor(Y.encodeStateVector(partial))
    expect(rest.byteLength).toBeLessThan(room.updateFor(Uint8Array.of(0)).byteLength)
    expect(clientAfter(() => rest, partial)).toEqual({ a: 1, b: 2, c: 3 })
    expect(Y.encodeStateVector(partial)).toEqual(room.stateVector())
    expect(room.isBuilt).toBe(false)
  })

  it('builds the doc on first need, with the load origin, and answers the same after', () => {
    const { updates } = stored({ a: 1, b: 2 })
    const room = new RoomDoc(() => new Y.Doc(), LOAD)
    room.load(updates)
    const origins: unknown[] = []
    const before = room.stateVector()
    room.doc.on('update', (_u: Uint8Array, origin: unknown) => origins.push(origin))
    expect(room.isBuilt).toBe(true)
    expect(room.doc.getMap('m').toJSON()).toEqual({ a: 1, b: 2 })
    expect(room.stateVector()).toEqual(before)
    expect(clientAfter((sv) => room.updateFor(sv))).toEqual({ a: 1, b: 2 })
    expect(origins).toEqual([])
  })

  it('re-encodes the full state once per change, not once per newcomer', () => {
    const room = new RoomDoc(() => new Y.Doc(), LOAD)
    room.doc.getMap('m').set('a', 1)
    const first = room.updateFor(Uint8Array.of(0))
    expect(room.updateFor(Uint8Array.of(0))).toBe(first)
    room.doc.getMap('m').set('b', 2)
    const second = room.updateFor(Uint8Array.of(0))
    expect(second).not.toBe(first)
    expect(clientAfter(() => second)).toEqual({ a: 1, b: 2 })
  })

  it('compacts from the stored bytes, and starts empty after a reset', () => {
    const { updates } = stored({ a: 1, b: 2 })
    const room = new RoomDoc(() => new Y.Doc(), LOAD)
    room.load(updates)
    expect(clientAfter(() => room.snapshot())).toEqual({ a: 1, b: 2 })
    expect(room.isBuilt).toBe(false)
    room.reset()
    expect(clientAfter((sv) => room.updateFor(sv))).toEqual({})
  })
})
