import { LANGUAGES, type Language } from '@pactboard/shared'
import i18next from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next } from 'react-i18next'
import { loadScreenTexts } from './loadScreenTexts.ts'

/**
 * Every UI text goes through here. A language's texts are fetched the first time a screen speaks
 * it (i18next-resources-to-backend over a dynamic import), and i18next switches only once they
 * are in: so `<html lang>`, set when i18next says the language changed, always names the language
 * of the text on the screen. No fallback language: every language has every text (tested), and a
 * phone should not download English besides its own.
 */
export function initI18n(language: Language): Promise<unknown> {
  if (i18next.isInitialized) return i18next.changeLanguage(language)
  i18next.on('languageChanged', (shown) => {
    if (typeof document !== 'undefined') document.documentElement.lang = shown
  })
  return i18next
    .use(resourcesToBackend((lng: Language) => loadScreenTexts(lng)))
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: LANGUAGES,
      load: 'currentOnly',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      showSupportNotice: false,
    })
}
