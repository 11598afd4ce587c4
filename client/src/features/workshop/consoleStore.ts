import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/** The facilitator's console: which section is open and whether it is folded to its rail. */
export const CONSOLE_TABS = ['agenda', 'moderation', 'voting', 'people'] as const
export type ConsoleTab = (typeof CONSOLE_TABS)[number]

interface ConsoleState {
  tab: ConsoleTab
  collapsed: boolean
  /** Opens `tab`, unfolding the console if need be. */
  show: (tab: ConsoleTab) => void
  toggleCollapsed: () => void
}

/** On a phone the console starts folded to its row of sections: the board comes first. */
function narrowScreen(): boolean {
  return (
    typeof window !== 'undefined' && (window.matchMedia?.('(max-width: 60rem)').matches ?? false)
  )
}

export const useConsoleStore = create<ConsoleState>()(
  persist(
    (set) => ({
      tab: 'agenda',
      collapsed: narrowScreen(),
      show: (tab) => set({ tab, collapsed: false }),
      toggleCollapsed: () => set((state) => ({ collapsed: !state.collapsed })),
    }),
    {
      name: 'pactboard:console',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ tab: state.tab, collapsed: state.collapsed }),
    },
  ),
)

export function resetConsoleStore(): void {
  useConsoleStore.setState({ tab: 'agenda', collapsed: false })
}
