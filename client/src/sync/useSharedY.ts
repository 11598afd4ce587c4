import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/**
 * `useY` for reads that many components make of one doc at once (the agenda, the open reports,
 * the vote totals: every card on screen asks): the doc is read once per change for all of
 * them, not once per card, and a card scrolling into view reads nothing. `read` and `observe`
 * must be module-level functions: they are the cache's key.
 */

type Read = (doc: Y.Doc) => unknown
type Observe = (doc: Y.Doc, onChange: () => void) => () => void

interface SharedRead {
  value: unknown
  stale: boolean
  listeners: Set<() => void>
  stop: (() => void) | null
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => unknown
}

const reads = new WeakMap<Y.Doc, Map<Read, SharedRead>>()

function sharedRead(doc: Y.Doc, read: Read, observe: Observe): SharedRead {
  let byRead = reads.get(doc)
  if (!byRead) {
    byRead = new Map()
    reads.set(doc, byRead)
  }
  const existing = byRead.get(read)
  if (existing) return existing
  const shared: SharedRead = {
    value: undefined,
    stale: true,
    listeners: new Set(),
    stop: null,
    subscribe: (listener) => {
      shared.listeners.add(listener)
      if (!shared.stop) {
        shared.stop = observe(doc, () => {
          shared.stale = true
          for (const each of shared.listeners) each()
        })
        // Whatever changed while nobody listened is read afresh.
        shared.stale = true
      }
      return () => {
        shared.listeners.delete(listener)
        if (shared.listeners.size === 0 && shared.stop) {
          shared.stop()
          shared.stop = null
        }
      }
    },
    getSnapshot: () => {
      if (shared.stale) {
        shared.value = read(doc)
        shared.stale = false
        // Unobserved, a read holds for the render that asked (React asks more than once),
        // then the doc is read again at the next look.
        if (!shared.stop) queueMicrotask(() => (shared.stale = shared.stop === null))
      }
      return shared.value
    },
  }
  byRead.set(read, shared)
  return shared
}

export function useSharedY<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  observe: (doc: Y.Doc, onChange: () => void) => () => void,
): T {
  const shared = sharedRead(doc, read, observe)
  return useSyncExternalStore(shared.subscribe, shared.getSnapshot, shared.getSnapshot) as T
}
