import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * Reads shared content from a Y.Doc into React, like zustand's binding over
 * useSyncExternalStore. `read` runs once per change (not per render) and its result is cached,
 * so the snapshot keeps its identity until the doc changes. `read` must depend on the doc only;
 * `observe` (a shared `observeX` helper) should be a stable, module-level function.
 */
/** How many transactions each doc has seen since a screen first read it. */
const transactionCounts = new WeakMap<Y.Doc, { count: number }>()

function transactionsOf(doc: Y.Doc): number {
  let counter = transactionCounts.get(doc)
  if (!counter) {
    const fresh = { count: 0 }
    doc.on('afterTransaction', () => {
      fresh.count += 1
    })
    transactionCounts.set(doc, fresh)
    counter = fresh
  }
  return counter.count
}

export function useY<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: () => void) => () => void,
): T {
  const readRef = useRef(read)
  readRef.current = read
  const version = useRef(0)
  const cache = useRef<{ doc: Y.Doc; version: number; seen: number; value: T } | null>(null)

  const subscribe = useCallback(
    (onStoreChange: () => void) => {
      const unobserve = observe(doc, () => {
        version.current += 1
        onStoreChange()
      })
      // The subscription comes after the render that read the doc (in an effect, later still
      // under Preact): a change in between fired no observer, so it is looked for here.
      const read = cache.current
      if (read && read.doc === doc && read.seen !== transactionsOf(doc)) {
        version.current += 1
        onStoreChange()
      }
      return unobserve
    },
    [doc, observe],
  )

  const getSnapshot = () => {
    const cached = cache.current
    if (cached && cached.doc === doc && cached.version === version.current) return cached.value
    const seen = transactionsOf(doc)
    const value = readRef.current(doc)
    cache.current = { doc, version: version.current, seen, value }
    return value
  }

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
