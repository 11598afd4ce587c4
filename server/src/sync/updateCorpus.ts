import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

/**
 * For the tests of the update readers: real updates holding every kind of struct and content a
 * v1 update can carry, as Yjs writes them.
 */

export function updatesOf(build: (doc: Y.Doc) => void, clientID = 1): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  build(doc)
  return [...updates, Y.encodeStateAsUpdate(doc)]
}

/** One person typing three words, an update each, then the whole state: for merging with gaps. */
export function threeEdits(clientID: number): Uint8Array[] {
  return updatesOf((doc) => {
    const t = doc.getText('t')
    t.insert(0, 'one')
    t.insert(3, 'two')
    t.insert(6, 'three')
  }, clientID)
}

/** A v1 update of one legacy JSON item (ContentJSON), which no Yjs API writes any more. */
export function jsonContentUpdate(values: string[]): Uint8Array {
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
export function corpus(): Uint8Array[] {
  const text = updatesOf((doc) => {
    const t = doc.getText('t')
    t.insert(0, 'Hello wörld 🌍 ✓ \uD800 lone')
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
  const source = threeEdits(5)
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
