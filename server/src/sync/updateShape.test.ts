import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MalformedMessageError, UpdateTooLargeError } from './protocol.ts'
import { corpus, jsonContentUpdate, updatesOf } from './updateCorpus.ts'
import { inspectUpdate, type UpdateShape } from './updateShape.ts'

/** The shape as Yjs's own decoder gives it: what inspectUpdate must agree with, byte for byte. */
function shapeByYjs(update: Uint8Array, maxStructs: number): UpdateShape {
  const { structs, ds } = Y.decodeUpdate(update)
  if (structs.length > maxStructs) throw new UpdateTooLargeError('too many')
  const firstClocks = new Map<number, number>()
  const endClocks = new Map<number, number>()
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue
    const { client, clock } = struct.id
    const first = firstClocks.get(client)
    if (first === undefined || clock < first) firstClocks.set(client, clock)
    const end = clock + struct.length
    if ((endClocks.get(client) ?? 0) < end) endClocks.set(client, end)
  }
  return {
    isEmpty: structs.length === 0 && ds.clients.size === 0,
    structCount: structs.length,
    firstClocks,
    endClocks,
  }
}

/** Either both refuse the bytes or both read the same shape. */
function agree(update: Uint8Array, maxStructs: number): 'refused' | 'read' {
  let expected: UpdateShape | null = null
  try {
    expected = shapeByYjs(update, maxStructs)
  } catch {}
  if (expected === null) {
    expect(() => inspectUpdate(update, maxStructs)).toThrow()
    try {
      inspectUpdate(update, maxStructs)
    } catch (error) {
      expect(error instanceof MalformedMessageError || error instanceof UpdateTooLargeError).toBe(
        true,
      )
    }
    return 'refused'
  }
  expect(inspectUpdate(update, maxStructs)).toEqual(expected)
  return 'read'
}

// A fixed seed: a failure here names its case and repeats.
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function mutate(update: Uint8Array, next: () => number): Uint8Array {
  const bytes = Uint8Array.from(update)
  const at = Math.floor(next() * bytes.length)
  switch (Math.floor(next() * 4)) {
    case 0:
      bytes[at] = Math.floor(next() * 256)
      return bytes
    case 1:
      bytes[at]! ^= 1 << Math.floor(next() * 8)
      return bytes
    case 2:
      return bytes.slice(0, at)
    default:
      return Uint8Array.from([...bytes.slice(0, at), Math.floor(next() * 256), ...bytes.slice(at)])
  }
}

describe('inspectUpdate', () => {
  it('reads every kind of struct and content the same as Yjs decodes it', () => {
    const updates = corpus()
    expect(updates.length).toBeGreaterThan(20)
    for (const update of updates) expect(agree(update, 20_000)).toBe('read')
    // the corpus holds what it is meant to: GC, Skip and every content kind
    const kinds = new Set<string>()
    for (const update of updates) {
      for (const struct of Y.decodeUpdate(update).structs) {
        kinds.add(
          struct instanceof Y.Item ? struct.content.constructor.name : struct.constructor.name,
        )
      }
    }
    expect([...kinds].sort()).toEqual(
      [
        'ContentAny',
        'ContentBinary',
        'ContentDeleted',
        'ContentDoc',
        'ContentEmbed',
        'ContentFormat',
        'ContentJSON',
        'ContentString',
        'ContentType',
        'GC',
        'Skip',
      ].sort(),
    )
  })

  it('the legacy JSON item it reads is one Yjs applies', () => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, jsonContentUpdate(['{"a":1}', 'undefined', '[2,3]']))
    expect(doc.getArray('legacy').toArray()).toEqual([{ a: 1 }, undefined, [2, 3]])
  })

  it('refuses exactly the damaged updates Yjs cannot decode, and reads the rest alike', () => {
    const next = random(0x5eed)
    let refused = 0
    let read = 0
    for (const update of corpus()) {
      for (let i = 0; i < 300; i++) {
        if (agree(mutate(update, next), 20_000) === 'refused') refused++
        else read++
      }
    }
    // both outcomes are exercised many times
    expect(refused).toBeGreaterThan(1000)
    expect(read).toBeGreaterThan(1000)
  })

  it('refuses a block that claims more structs than the limit from its header alone', () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, 20_001) // structs claimed, none sent
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, 0)
    expect(() => inspectUpdate(encoding.toUint8Array(encoder), 20_000)).toThrow(UpdateTooLargeError)
  })

  it('counts structs over all blocks against the limit', () => {
    const a = updatesOf((doc) => {
      for (let i = 0; i < 6; i++) doc.getArray('a').push([i])
    }, 11).at(-1)!
    const b = updatesOf((doc) => {
      for (let i = 0; i < 6; i++) doc.getArray('a').push([i])
    }, 12).at(-1)!
    const merged = Y.mergeUpdates([a, b])
    const { structCount } = shapeByYjs(merged, 1000)
    expect(inspectUpdate(merged, structCount).structCount).toBe(structCount)
    expect(() => inspectUpdate(merged, structCount - 1)).toThrow(UpdateTooLargeError)
  })

  it('calls garbage malformed', () => {
    expect(() => inspectUpdate(Uint8Array.of(1, 1, 1, 0, 200), 100)).toThrow(MalformedMessageError)
    expect(() => inspectUpdate(new Uint8Array(), 100)).toThrow(MalformedMessageError)
  })
})
