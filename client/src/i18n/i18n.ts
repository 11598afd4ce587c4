import type { Language } from '@pactboard/shared'
import { loadScreenTexts } from './loadScreenTexts.ts'
import { i18n } from './texts.ts'

/**
 * Every UI text goes through here. A language's texts are fetched the first time a screen speaks
 * it (a dynamic import), and the translator switches only once they are in: so `<html lang>`,
 * set when it says the language changed, always names the language of the text on the screen.
 * No fallback language: every language has every text (tested), and a phone should not download
 * English besides its own.
 */
export async function initI18n(language: Language): Promise<unknown> {
  if (i18n.isInitialized) return i18n.changeLanguage(language)
  i18n.on('languageChanged', (shown) => {
    if (typeof document !== 'undefined') document.documentElement.lang = shown
  })
  return i18n.init(language, loadScreenTexts)
}
