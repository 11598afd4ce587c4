import { getMeasure, listMeasures, type Measure, observeMeasureIds } from '@pactboard/shared'
import type * as Y from 'yjs'

/**
 * The board's measures, read once and then kept current entry by entry: a change re-reads (and
 * re-validates) only the measures it touched, so that a board of 2,000 cards taking 20 new ones
 * a second does not parse 2,000 measures twenty times a second. One index per board doc, shared
 * by every component that lists measures; unchanged measures keep their identity, which lets the
 * cards skip rendering.
 */
export interface MeasureIndex {
  /** Every valid measure, oldest first (as `listMeasures`); a new array after each change. */
  getSnapshot(): readonly Measure[]
  subscribe(onChange: () => void): () => void
}

const indexes = new WeakMap<Y.Doc, MeasureIndex>()

const byAge = (a: Measure, b: Measure) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)

function createIndex(board: Y.Doc): MeasureIndex {
  const byId = new Map<string, Measure>()
  let snapshot: readonly Measure[] = []
  const listeners = new Set<() => void>()

  const readAll = () => {
    byId.clear()
    for (const measure of listMeasures(board)) byId.set(measure.id, measure)
    snapshot = [...byId.values()]
  }

  const apply = (ids: readonly string[]) => {
    let appended = true
    let last = snapshot[snapshot.length - 1]
    for (const id of ids) {
      const before = byId.get(id)
      const measure = getMeasure(board, id)
      if (measure) byId.set(id, measure)
      else byId.delete(id)
      // A brand-new measure newer than all the others goes at the end; anything else re-sorts.
      if (before || !measure || (last && byAge(last, measure) > 0)) appended = false
      if (measure && !before) last = measure
    }
    if (appended) {
      snapshot = [...snapshot, ...ids.flatMap((id) => byId.get(id) ?? [])]
    } else {
      snapshot = [...byId.values()].sort(byAge)
    }
    for (const listener of listeners) listener()
  }

  // Observed for as long as the doc lives: the index dies with it (a WeakMap entry).
  readAll()
  observeMeasureIds(board, apply)
  return {
    getSnapshot: () => snapshot,
    subscribe: (onChange) => {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
  }
}

export function measureIndexOf(board: Y.Doc): MeasureIndex {
  let index = indexes.get(board)
  if (!index) {
    index = createIndex(board)
    indexes.set(board, index)
  }
  return index
}
