import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * Reads shared content from a Y.Doc into React, like zustand's binding over
 * useSyncExternalStore. `read` runs once per change (not per render) and its result is cached,
 * so the snapshot keeps its identity until the doc changes. `read` must depend on the doc only;
 * `observe` (a shared `observeX` helper) should be a stable, module-level function.
 */
export function useY<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: () => void) => () => void,
): T {
  const readRef = useRef(read)
  readRef.current = read
  const version = useRef(0)
  const cache = useRef<{ doc: Y.Doc; version: number; value: T } | null>(null)

  const subscribe = useCallback(
    (onStoreChange: () => void) =>
      observe(doc, () => {
        version.current += 1
        onStoreChange()
      }),
    [doc, observe],
  )

  const getSnapshot = () => {
    const cached = cache.current
    if (cached && cached.doc === doc && cached.version === version.current) return cached.value
    const value = readRef.current(doc)
    cache.current = { doc, version: version.current, value }
    return value
  }

  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
