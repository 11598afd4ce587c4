import type { Language } from '@pactboard/shared'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

/**
 * The language someone picked with the switcher. Null means "no choice made": the workshop's
 * language applies inside a workshop, the browser's outside one.
 */
interface UiState {
  chosenLanguage: Language | null
  chooseLanguage: (language: Language) => void
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      chosenLanguage: null,
      chooseLanguage: (language) => set({ chosenLanguage: language }),
    }),
    {
      name: 'pactboard:ui',
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ chosenLanguage: state.chosenLanguage }),
    },
  ),
)

export function resetUiStore(): void {
  useUiStore.setState({ chosenLanguage: null })
}
