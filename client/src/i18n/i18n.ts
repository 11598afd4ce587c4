import { LANGUAGES, type Language } from '@pactboard/shared'
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { messages } from './messages.ts'

/** Every UI text goes through here; both locales are bundled (they are small) and complete. */
export const resources = {
  en: { translation: messages.en },
  sv: { translation: messages.sv },
} as const

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** The browser's preferred language when we speak it, else English. */
export function browserLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2)
  return isLanguage(preferred) ? preferred : 'en'
}

export function initI18n(language: Language = browserLanguage()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      showSupportNotice: false,
    })
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language)
  }
  return i18next
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en'
}
