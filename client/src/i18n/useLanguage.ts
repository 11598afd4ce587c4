import type { Language } from '@pactboard/shared'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiStore } from '../app/uiStore.ts'
import { browserLanguage, isLanguage } from './i18n.ts'

/**
 * Applies the language: the one picked with the switcher, else `fallback` (the workshop's
 * language inside a workshop), else the browser's. Keeps <html lang> in step for screen readers.
 */
export function useApplyLanguage(fallback?: Language): Language {
  const chosen = useUiStore((s) => s.chosenLanguage)
  const { i18n } = useTranslation()
  const language = chosen ?? fallback ?? browserLanguage()
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language)
    document.documentElement.lang = language
  }, [i18n, language])
  return language
}

export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'en'
}
