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

export const useConsoleStore = create<ConsoleState>()(
  persist(
    (set) => ({
      tab: 'agenda',
      collapsed: false,
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
