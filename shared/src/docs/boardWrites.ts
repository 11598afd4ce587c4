import * as Y from 'yjs'
import type { Role } from '../domain/enums.ts'
import { can, canEditMeasure } from '../domain/permissions.ts'
import type { PhaseAction } from '../domain/phase.ts'
import { getMeasure } from './board.ts'
import { getComment } from './discussion.ts'

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
 * It also tells whose content an update touches (`readBoardUpdate`), so the server can refuse
 * an edit of someone else's measure or comment, or a proposal in someone else's name
 * (`boardWriteRefusal`).
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

/** What a board update does, and to whose content, as far as the update shows it. */
export interface BoardUpdateReading {
  actions: Set<PhaseAction>
  /** Measures already on the board that the update changes or removes. */
  editedMeasures: Set<string>
  /** Comments already on the board that the update changes or removes. */
  editedComments: Set<string>
  /** Whose reactions it sets or takes back (the participant in each reaction's key). */
  reactionOwners: Set<string>
  /** Whom its new measures name as proposer, and its new comments as author. */
  claimedProposers: Set<string>
  claimedAuthors: Set<string>
}

/** The one value of a field item (`proposer`, `authorParticipantId`), when it holds one. */
function fieldValue(item: DecodedItem): unknown {
  return item.content instanceof Y.ContentAny ? item.content.getContent()[0] : undefined
}

function reactionOwner(key: string | null): string | null {
  return key?.split(':')[1] ?? null
}

/** Reads `update` against `doc` without applying it. */
export function readBoardUpdate(doc: Y.Doc, update: Uint8Array): BoardUpdateReading {
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

  /** A field set directly on a root entry made in this update (a new measure's `proposer`). */
  const newEntryField = (item: DecodedItem): string | null => {
    const { parent } = item
    if (parent === null || typeof parent === 'string' || parent instanceof Y.AbstractType) {
      return null
    }
    const holder = findIn(byClient, parent)
    return holder && typeof holder.parent === 'string' ? item.parentSub : null
  }

  const reading: BoardUpdateReading = {
    actions: new Set(),
    editedMeasures: new Set(),
    editedComments: new Set(),
    reactionOwners: new Set(),
    claimedProposers: new Set(),
    claimedAuthors: new Set(),
  }
  const note = (place: Place, removal: boolean) => {
    const existing = place.topKey !== null && doc.getMap(place.root ?? '').has(place.topKey)
    // Removing a card is an edit of it, never a new one.
    reading.actions.add(removal && place.root === 'measures' ? 'editOwn' : classify(place, doc))
    if (!existing || place.topKey === null) {
      if (place.root === 'reactions') {
        const owner = reactionOwner(place.topKey)
        if (owner) reading.reactionOwners.add(owner)
      }
      return
    }
    if (place.root === 'measures') reading.editedMeasures.add(place.topKey)
    if (place.root === 'comments') reading.editedComments.add(place.topKey)
    if (place.root === 'reactions') {
      const owner = reactionOwner(place.topKey)
      if (owner) reading.reactionOwners.add(owner)
    }
  }

  for (const item of items) {
    const place = placeOf(item)
    note(place, false)
    const field = newEntryField(item)
    const value = fieldValue(item) as { participantId?: unknown } | string | undefined
    if (place.root === 'measures' && field === 'proposer' && typeof value === 'object') {
      reading.claimedProposers.add(String(value?.participantId))
    }
    if (place.root === 'comments' && field === 'authorParticipantId') {
      reading.claimedAuthors.add(String(value))
    }
  }
  for (const [client, deletions] of ds.clients) {
    for (const { clock } of deletions) {
      const id = Y.createID(client, clock)
      // A sync reply repeats every deletion the sender knows: one already made is no write.
      if (isDeletedInDoc(doc, id)) continue
      const inUpdate = findIn(byClient, id)
      note(inUpdate ? placeOf(inUpdate) : placeInDoc(doc, id), true)
    }
  }
  return reading
}

/** The board actions (propose, editOwn, comment, react) that `update` performs on `doc`. */
export function boardUpdateActions(doc: Y.Doc, update: Uint8Array): Set<PhaseAction> {
  return readBoardUpdate(doc, update).actions
}

/**
 * [P8][P15] Why `writer` may not make this write, or null: a measure is edited by its proposer
 * (or a facilitator or planner), a comment and a reaction only by their author, and new content
 * names the writer as its proposer or author, so nobody writes in someone else's name.
 */
export function boardWriteRefusal(
  doc: Y.Doc,
  reading: BoardUpdateReading,
  writer: { participantId: string; role: Role },
): string | null {
  const { participantId, role } = writer
  const anyMeasure = can(role, 'editAnyMeasure')
  for (const id of reading.editedMeasures) {
    const proposer = getMeasure(doc, id)?.proposer.participantId
    if (!anyMeasure && (proposer === undefined || !canEditMeasure(role, participantId, proposer))) {
      return 'refused: you may edit only your own measures'
    }
  }
  if (!anyMeasure && [...reading.claimedProposers].some((id) => id !== participantId)) {
    return 'refused: a new measure must name you as its proposer'
  }
  for (const id of reading.editedComments) {
    if (getComment(doc, id)?.authorParticipantId !== participantId) {
      return 'refused: you may edit only your own comments'
    }
  }
  if ([...reading.claimedAuthors].some((id) => id !== participantId)) {
    return 'refused: a new comment must name you as its author'
  }
  if ([...reading.reactionOwners].some((id) => id !== participantId)) {
    return 'refused: you react only for yourself'
  }
  return null
}
