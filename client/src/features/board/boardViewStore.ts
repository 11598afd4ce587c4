import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { type BoardQuery, DEFAULT_QUERY } from './boardQuery.ts'

/**
 * How each person last looked at a board (search, filters, order, groups), kept on their device
 * per workshop and person, so that a reload or a phone that slept comes back to the same view.
 */
interface BoardViewState {
  views: Record<string, BoardQuery>
  setView: (key: string, query: BoardQuery) => void
}

export const BOARD_VIEW_STORAGE_KEY = 'pactboard:board-views'

export function boardViewKey(workshopId: string, participantId: string): string {
  return `${workshopId}/${participantId}`
}

export const useBoardViewStore = create<BoardViewState>()(
  persist(
    (set) => ({
      views: {},
      setView: (key, query) => set((state) => ({ views: { ...state.views, [key]: query } })),
    }),
    {
      name: BOARD_VIEW_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ views: state.views }),
    },
  ),
)

/** This person's view of this board, with defaults for anything an older version did not keep. */
export function useBoardView(key: string): [BoardQuery, (patch: Partial<BoardQuery>) => void] {
  const stored = useBoardViewStore((state) => state.views[key])
  const query = stored ? { ...DEFAULT_QUERY, ...stored } : DEFAULT_QUERY
  const update = (patch: Partial<BoardQuery>) =>
    useBoardViewStore.getState().setView(key, { ...query, ...patch })
  return [query, update]
}

export function resetBoardViewStore(): void {
  useBoardViewStore.setState({ views: {} })
}
