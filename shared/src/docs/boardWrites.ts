import * as Y from 'yjs'
import type { PhaseAction } from '../domain/phase.ts'

/**
 * [P16] What a `board` update does, read from its structure before it is applied, so that the
 * server can refuse a new proposal in a phase that allows only comments (Discuss) while letting
 * the comment through. Knows the board's layout (docs/board.ts, docs/discussion.ts):
 *
 *   a new key in `measures`            propose
 *   anything else in `measures`        editOwn (a field edited, a status changed, a card removed)
 *   `actors`                           editOwn (an organisation named on one's measure)
 *   `comments`                         comment
 *   `reactions`                        react
 *   any other root, or content whose place cannot be told    propose (the strictest)
 *
 * It says which kinds of write an update holds, not whose measure it touches: that a
 * participant edits only their own measures stays a courtesy of honest clients (P8).
 */

type DecodedItem = Y.Item & { parent: Y.AbstractType<unknown> | Y.ID | string | null }

interface Place {
  root: string | null
  /** The key under the root map of the entry the item is in, or is (a measure's id). */
  topKey: string | null
}

const UNKNOWN: Place = { root: null, topKey: null }

function isItem(struct: unknown): struct is DecodedItem {
  return struct instanceof Y.Item
}

/** The items of an update by client, to find the one holding an id (items may cover ranges). */
function indexByClient(items: readonly DecodedItem[]): Map<number, DecodedItem[]> {
  const byClient = new Map<number, DecodedItem[]>()
  for (const item of items) {
    const list = byClient.get(item.id.client)
    if (list) list.push(item)
    else byClient.set(item.id.client, [item])
  }
  return byClient
}

function findIn(byClient: Map<number, DecodedItem[]>, id: Y.ID): DecodedItem | null {
  for (const item of byClient.get(id.client) ?? []) {
    if (id.clock >= item.id.clock && id.clock < item.id.clock + item.length) return item
  }
  return null
}

function rootName(doc: Y.Doc, type: Y.AbstractType<unknown>): string | null {
  let current = type
  while (current._item !== null) {
    const parent = current._item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    current = parent
  }
  for (const [name, shared] of doc.share) if (shared === current) return name
  return null
}

/** Where an item already in the doc sits: its root and the root entry it belongs to. */
function placeInDoc(doc: Y.Doc, id: Y.ID): Place {
  if (id.clock >= Y.getState(doc.store, id.client)) return UNKNOWN
  let item = Y.getItem(doc.store, id)
  if (!(item instanceof Y.Item)) return UNKNOWN
  while (item.parent instanceof Y.AbstractType && item.parent._item !== null) {
    item = item.parent._item
  }
  if (!(item.parent instanceof Y.AbstractType)) return UNKNOWN
  return { root: rootName(doc, item.parent), topKey: item.parentSub }
}

function isDeletedInDoc(doc: Y.Doc, id: Y.ID): boolean {
  if (id.clock >= Y.getState(doc.store, id.client)) return false
  const struct = Y.getItem(doc.store, id)
  return !(struct instanceof Y.Item) || struct.deleted
}

function classify(place: Place, doc: Y.Doc): PhaseAction {
  switch (place.root) {
    case 'measures':
      if (place.topKey !== null && !doc.getMap('measures').has(place.topKey)) return 'propose'
      return 'editOwn'
    case 'actors':
      return 'editOwn'
    case 'comments':
      return 'comment'
    case 'reactions':
      return 'react'
    default:
      return 'propose'
  }
}

/** The board actions (propose, editOwn, comment, react) that `update` performs on `doc`. */
export function boardUpdateActions(doc: Y.Doc, update: Uint8Array): Set<PhaseAction> {
  const { structs, ds } = Y.decodeUpdate(update)
  const items = structs.filter(isItem)
  const byClient = indexByClient(items)
  const places = new Map<DecodedItem, Place>()

  const placeOf = (item: DecodedItem, depth = 0): Place => {
    const known = places.get(item)
    if (known) return known
    let place = UNKNOWN
    if (depth > 10_000) return place
    const { parent } = item
    if (typeof parent === 'string') {
      place = { root: parent, topKey: item.parentSub }
    } else if (parent !== null && !(parent instanceof Y.AbstractType)) {
      // Nested in a type: the item holding that type is in this update or in the doc.
      const holder = findIn(byClient, parent)
      place = holder ? placeOf(holder, depth + 1) : placeInDoc(doc, parent)
    } else {
      // Parent left out of the encoding: the same as the item it was inserted next to.
      const neighbour = item.origin ?? item.rightOrigin
      if (neighbour) {
        const inUpdate = findIn(byClient, neighbour)
        place = inUpdate ? placeOf(inUpdate, depth + 1) : placeInDoc(doc, neighbour)
      }
    }
    places.set(item, place)
    return place
  }

  const actions = new Set<PhaseAction>()
  for (const item of items) actions.add(classify(placeOf(item), doc))
  for (const [client, deletions] of ds.clients) {
    for (const { clock } of deletions) {
      const id = Y.createID(client, clock)
      // A sync reply repeats every deletion the sender knows: one already made is no write.
      if (isDeletedInDoc(doc, id)) continue
      const inUpdate = findIn(byClient, id)
      const place = inUpdate ? placeOf(inUpdate) : placeInDoc(doc, id)
      // Removing a card is an edit of it, never a new one.
      actions.add(place.root === 'measures' ? 'editOwn' : classify(place, doc))
    }
  }
  return actions
}
