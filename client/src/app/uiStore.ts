import type { Language } from '@pactboard/shared'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { UI_STORAGE_KEY } from './uiStorage.ts'

/**
 * The person's language: the one they picked with the switcher (remembered on this device; null
 * means no pick yet, so the browser's preference applies), and the languages the screen in front
 * of them offers (a workshop's, null outside one), which are not remembered.
 */
interface UiState {
  chosenLanguage: Language | null
  chooseLanguage: (language: Language) => void
  offeredLanguages: readonly Language[] | null
  offerLanguages: (languages: readonly Language[] | null) => void
}

export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      chosenLanguage: null,
      chooseLanguage: (language) => set({ chosenLanguage: language }),
      offeredLanguages: null,
      offerLanguages: (languages) => set({ offeredLanguages: languages }),
    }),
    {
      name: UI_STORAGE_KEY,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ chosenLanguage: state.chosenLanguage }),
    },
  ),
)

export function resetUiStore(): void {
  useUiStore.setState({ chosenLanguage: null, offeredLanguages: null })
}
