import type { Language } from '@pactboard/shared'
import { useCurrentLanguage } from './useLanguage.ts'

/**
 * A language's name in the screen's language ("Finnish", "finska", "suomi", "finnois"), from the
 * browser's own data (Intl.DisplayNames), so a new language needs no name in every other one.
 * Capitalised, as it stands alone in a list.
 */
export function languageName(language: Language, inLanguage: Language): string {
  const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(language) ?? language
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1)
}

/** `languageName` in the language the screen speaks now. */
export function useLanguageName(): (language: Language) => string {
  const shown = useCurrentLanguage()
  return (language) => languageName(language, shown)
}
