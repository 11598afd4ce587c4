/** Where the person's language pick is kept on this device (uiStore persists it there). */
export const UI_STORAGE_KEY = 'pactboard:ui'

/**
 * The language picked on this device, read straight from storage without the store: the entry
 * needs it before any library has arrived (i18n/firstTexts.ts). Anything unreadable is no pick.
 */
export function storedChosenLanguage(): string | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(UI_STORAGE_KEY) ?? 'null')
    const state = (stored as { state?: { chosenLanguage?: unknown } } | null)?.state
    return typeof state?.chosenLanguage === 'string' ? state.chosenLanguage : null
  } catch {
    return null
  }
}
