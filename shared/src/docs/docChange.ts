import * as Y from 'yjs'

/**
 * What one Yjs transaction did to a doc, told in the doc's own terms: which entry under which
 * root was added, replaced, deleted or edited (and which of its fields). The server judges this,
 * the state an update produced, never the update's encoding: Yjs has integrated the update, so
 * however it was encoded (delete ranges across tombstones, items parented by id, reused
 * clients), the change reads the same.
 *
 * It must be read while the transaction is still being cleaned up (a doc's `afterTransaction`
 * event): Yjs computes added and deleted keys from the transaction's delete set, and removes the
 * deleted content right after.
 *
 * Each doc declares its layout (DOC_LAYOUTS): its roots and their kind. A change the layout has
 * no place for (a root the doc does not have, list content in a map, a field outside any entry)
 * is reported as `stray` and refused by every policy.
 */

export type RootKind = 'map' | 'array' | 'xml'
export type DocLayout = Readonly<Record<string, RootKind>>

export type EntryChangeKind = 'add' | 'replace' | 'delete' | 'edit'

export interface EntryChange {
  root: string
  key: string
  kind: EntryChangeKind
  /** For 'edit': the entry's own keys (a measure's fields) under which something changed. */
  fields: ReadonlySet<string>
}

export interface DocChange {
  /** One per touched entry of a map root, in no particular order. */
  entries: EntryChange[]
  /** Array and XML roots whose content changed. */
  lists: ReadonlySet<string>
  /** Why the change has no place in the layout, or null. */
  stray: string | null
}

/** Creates every root of `layout` with its type, so updates land in typed roots. */
export function instantiateLayout(doc: Y.Doc, layout: DocLayout): void {
  for (const [name, kind] of Object.entries(layout)) {
    if (kind === 'map') doc.getMap(name)
    else if (kind === 'array') doc.getArray(name)
    else doc.getXmlFragment(name)
  }
}

/** Any shared type, as Yjs types the doc's roots. */
type SharedType = Y.Doc['share'] extends Map<string, infer T> ? T : never

interface Place {
  root: string
  /** The root map's key of the entry, or null for content outside any entry. */
  key: string | null
  /** The entry's own key under which the change happened, or null for the entry itself. */
  field: string | null
}

function rootNameOf(doc: Y.Doc, root: SharedType): string | null {
  for (const [name, type] of doc.share) if (type === root) return name
  return null
}

/**
 * Where a changed nested type sits: walks up to the root (one step per nesting level, so linear
 * in the depth, which the content bounds).
 */
function placeOf(doc: Y.Doc, type: SharedType): Place | null {
  let field: string | null = null
  let item = type._item
  while (item !== null) {
    const parent = item.parent
    if (!(parent instanceof Y.AbstractType)) return null
    if (parent._item === null) {
      const root = rootNameOf(doc, parent)
      return root === null ? null : { root, key: item.parentSub, field }
    }
    field =
      parent._item.parent instanceof Y.AbstractType && parent._item.parent._item === null
        ? item.parentSub
        : field
    item = parent._item
  }
  return null
}

/** Reads what `transaction` changed; call from the doc's `afterTransaction` event. */
export function readDocChange(transaction: Y.Transaction, layout: DocLayout): DocChange {
  const { doc } = transaction
  const entries = new Map<
    string,
    { root: string; key: string; kind: EntryChangeKind; fields: Set<string> }
  >()
  const lists = new Set<string>()
  let stray: string | null = null
  const entry = (root: string, key: string) => {
    const id = `${root}\u0000${key}`
    let found = entries.get(id)
    if (!found) {
      found = { root, key, kind: 'edit', fields: new Set() }
      entries.set(id, found)
    }
    return found
  }

  for (const [type, subs] of transaction.changed) {
    if (type._item === null) {
      const root = rootNameOf(doc, type)
      if (root === null) continue
      const kind = layout[root]
      if (kind === undefined) {
        stray ??= `there is no "${root}" here`
        continue
      }
      if (kind !== 'map') {
        lists.add(root)
        continue
      }
      const keys = new Y.YMapEvent(type as unknown as Y.Map<unknown>, transaction, subs).keys
      for (const key of subs) {
        if (key === null) {
          stray ??= `"${root}" holds entries by key only`
          continue
        }
        const action = keys.get(key)?.action
        if (action === undefined) continue
        entry(root, key).kind =
          action === 'add' ? 'add' : action === 'update' ? 'replace' : 'delete'
      }
      continue
    }
    const place = placeOf(doc, type)
    if (place === null) continue
    const kind = layout[place.root]
    if (kind === undefined) {
      stray ??= `there is no "${place.root}" here`
      continue
    }
    if (kind !== 'map') {
      lists.add(place.root)
      continue
    }
    if (place.key === null) {
      stray ??= `"${place.root}" holds entries by key only`
      continue
    }
    const changed = entry(place.root, place.key)
    if (place.field !== null) {
      changed.fields.add(place.field)
      continue
    }
    // The entry itself changed: `subs` are its own keys.
    for (const sub of subs) {
      if (sub === null) stray ??= `an entry of "${place.root}" holds fields by name only`
      else changed.fields.add(sub)
    }
  }
  return { entries: [...entries.values()], lists, stray }
}
