import type { DocName } from '@pactboard/shared'
import { create } from 'zustand'
import type { LostComment, LostMeasure, OwnWork } from './lostWork.ts'

/**
 * After the server refused a change and this device started over from the server's copy: why,
 * and what the person wrote that did not make it, until they send it again or let it go.
 */

export interface Refusal {
  doc: DocName
  /** The server's words (`read-only: …`, `refused: …`); screens translate what they can. */
  reason: string
}

export interface Kept<T> {
  item: T
  reason: string
}

interface RecoveryState {
  refusal: Refusal | null
  measures: Kept<LostMeasure>[]
  comments: Kept<LostComment>[]
  refused: (refusal: Refusal) => void
  /**
   * Adds what a fresh sync showed missing (an entry kept before under the same id is replaced);
   * the bare refusal then gives way to them.
   */
  offer: (lost: OwnWork, reason: string) => void
  dropMeasure: (id: string) => void
  dropComment: (id: string) => void
  dismissRefusal: () => void
}

const initialState = { refusal: null, measures: [], comments: [] }

function merge<T extends { id: string }>(kept: Kept<T>[], added: T[], reason: string): Kept<T>[] {
  const ids = new Set(added.map((item) => item.id))
  return [...kept.filter((k) => !ids.has(k.item.id)), ...added.map((item) => ({ item, reason }))]
}

export const useRecoveryStore = create<RecoveryState>()((set) => ({
  ...initialState,
  refused: (refusal) => set({ refusal }),
  offer: (lost, reason) =>
    set((state) => {
      const anything = lost.measures.length > 0 || lost.comments.length > 0
      return {
        // What was lost says why itself; the bare refusal stays only when nothing was.
        refusal: anything ? null : state.refusal,
        measures: merge(state.measures, lost.measures, reason),
        comments: merge(state.comments, lost.comments, reason),
      }
    }),
  dropMeasure: (id) =>
    set((state) => ({ measures: state.measures.filter((k) => k.item.id !== id) })),
  dropComment: (id) =>
    set((state) => ({ comments: state.comments.filter((k) => k.item.id !== id) })),
  dismissRefusal: () => set({ refusal: null }),
}))

export function resetRecoveryStore(): void {
  useRecoveryStore.setState(initialState)
}
