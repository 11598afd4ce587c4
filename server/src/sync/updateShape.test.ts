import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MalformedMessageError, UpdateTooLargeError } from './protocol.ts'
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

function updatesOf(build: (doc: Y.Doc) => void, clientID = 1): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  build(doc)
  return [...updates, Y.encodeStateAsUpdate(doc)]
}

/** A v1 update of one legacy JSON item (ContentJSON), which no Yjs API writes any more. */
function jsonContentUpdate(values: string[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 1) // one struct
  encoding.writeVarUint(encoder, 7) // client
  encoding.writeVarUint(encoder, 0) // clock
  encoding.writeUint8(encoder, 2) // ContentJSON, no origins
  encoding.writeVarUint(encoder, 1) // parent is a root type…
  encoding.writeVarString(encoder, 'legacy') // …named
  encoding.writeVarUint(encoder, values.length)
  for (const value of values) encoding.writeVarString(encoder, value)
  encoding.writeVarUint(encoder, 0) // no deletions
  return encoding.toUint8Array(encoder)
}

/** Every kind of struct and content a v1 update can carry. */
function corpus(): Uint8Array[] {
  const text = updatesOf((doc) => {
    const t = doc.getText('t')
    t.insert(0, 'Hello wörld 🌍 ✓')
    t.format(0, 5, { bold: true, href: 'https://example.org' })
    t.insertEmbed(3, { image: 'a.png' })
    t.delete(2, 4)
  })
  const values = updatesOf((doc) => {
    const m = doc.getMap('m')
    m.set('number', 3.5)
    m.set('int', -12)
    m.set('big', 2n ** 60n)
    m.set('bytes', Uint8Array.of(1, 2, 3))
    m.set('nested', { a: [1, null, true, 'x'], b: { c: undefined } })
    m.set('number', 4)
    m.delete('int')
    doc.getArray('a').push([1, 'two', false, null, { three: 3 }])
  }, 2)
  const types = updatesOf((doc) => {
    const a = doc.getArray<unknown>('types')
    const element = new Y.XmlElement('paragraph')
    element.setAttribute('class', 'lead')
    element.insert(0, [new Y.XmlText('inside')])
    a.push([new Y.Map(), new Y.Array(), new Y.Text('t'), element, new Y.XmlFragment()])
    a.push([new Y.XmlHook('hook'), new Y.XmlText('x'), new Y.Doc({ guid: 'sub' })])
    const fragment = doc.getXmlFragment('prosemirror')
    const heading = new Y.XmlElement('heading')
    fragment.insert(0, [heading])
    heading.insert(0, [new Y.XmlText('Title')])
  }, 3)
  // A deleted type's content is collected: GC structs in the state.
  const collected = updatesOf((doc) => {
    const m = doc.getMap('m')
    const inner = new Y.Map<string>()
    m.set('inner', inner)
    inner.set('a', 'x'.repeat(50))
    inner.set('b', 'y')
    m.delete('inner')
  }, 4)
  // Updates merged across a gap: a Skip struct where the middle one is missing.
  const source = updatesOf((doc) => {
    const t = doc.getText('t')
    t.insert(0, 'one')
    t.insert(3, 'two')
    t.insert(6, 'three')
  }, 5)
  const skipping = Y.mergeUpdates([source[0]!, source[2]!])
  // Two clients in one update, and an update that is only deletions.
  const first = updatesOf((doc) => doc.getText('t').insert(0, 'abc'), 6)
  const both = new Y.Doc()
  Y.applyUpdate(both, first.at(-1)!)
  both.clientID = 8
  const deletions: Uint8Array[] = []
  both.on('update', (update: Uint8Array) => deletions.push(update))
  both.getText('t').delete(0, 2)
  both.getText('t').insert(1, 'z')
  const empty = Y.encodeStateAsUpdate(new Y.Doc())
  return [
    ...text,
    ...values,
    ...types,
    ...collected,
    ...source,
    skipping,
    ...deletions,
    Y.encodeStateAsUpdate(both),
    empty,
    jsonContentUpdate(['{"a":1}', 'undefined', '[2,3]']),
  ]
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
