import type { DocName } from '@pactboard/shared'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { LostComment, LostMeasure, OwnWork } from './lostWork.ts'

/**
 * After the server refused a change and this device started over from the server's copy: why,
 * and what the person wrote that did not make it, until they send it again or let it go. What
 * was kept is saved per workshop in localStorage, so a reload loses nothing typed either.
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

export interface KeptWork {
  measures: Kept<LostMeasure>[]
  comments: Kept<LostComment>[]
}

interface RecoveryState extends KeptWork {
  /** The workshop on screen; `measures` and `comments` are its. */
  workshopId: string | null
  refusal: Refusal | null
  keptByWorkshop: Record<string, KeptWork>
  /** The workshop screen opened: its kept work comes back, no refusal is left over. */
  openWorkshop: (workshopId: string) => void
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

export const RECOVERY_STORAGE_KEY = 'pactboard:kept'

const initialState = {
  workshopId: null,
  refusal: null,
  measures: [],
  comments: [],
  keptByWorkshop: {},
}

function merge<T extends { id: string }>(kept: Kept<T>[], added: T[], reason: string): Kept<T>[] {
  const ids = new Set(added.map((item) => item.id))
  return [...kept.filter((k) => !ids.has(k.item.id)), ...added.map((item) => ({ item, reason }))]
}

/** The new kept work, mirrored into the workshop's saved entry (gone once it is empty). */
function keep(state: RecoveryState, work: KeptWork): Partial<RecoveryState> {
  if (state.workshopId === null) return work
  const { [state.workshopId]: _old, ...others } = state.keptByWorkshop
  const empty = work.measures.length === 0 && work.comments.length === 0
  return { ...work, keptByWorkshop: empty ? others : { ...others, [state.workshopId]: work } }
}

export const useRecoveryStore = create<RecoveryState>()(
  persist(
    (set) => ({
      ...initialState,
      openWorkshop: (workshopId) =>
        set((state) => ({
          workshopId,
          refusal: null,
          measures: state.keptByWorkshop[workshopId]?.measures ?? [],
          comments: state.keptByWorkshop[workshopId]?.comments ?? [],
        })),
      refused: (refusal) => set({ refusal }),
      offer: (lost, reason) =>
        set((state) => {
          const anything = lost.measures.length > 0 || lost.comments.length > 0
          return {
            // What was lost says why itself; the bare refusal stays only when nothing was.
            refusal: anything ? null : state.refusal,
            ...keep(state, {
              measures: merge(state.measures, lost.measures, reason),
              comments: merge(state.comments, lost.comments, reason),
            }),
          }
        }),
      dropMeasure: (id) =>
        set((state) =>
          keep(state, {
            measures: state.measures.filter((k) => k.item.id !== id),
            comments: state.comments,
          }),
        ),
      dropComment: (id) =>
        set((state) =>
          keep(state, {
            measures: state.measures,
            comments: state.comments.filter((k) => k.item.id !== id),
          }),
        ),
      dismissRefusal: () => set({ refusal: null }),
    }),
    {
      name: RECOVERY_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ keptByWorkshop: state.keptByWorkshop }),
    },
  ),
)

export function resetRecoveryStore(): void {
  useRecoveryStore.setState(initialState)
}
