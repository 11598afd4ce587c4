import { isLanguage, LANGUAGES, type Language } from '@pactboard/shared'

/**
 * Which language a screen speaks: the one the person chose, else the first the browser prefers
 * that we speak, else English; inside a workshop only among the languages it offers (its own
 * first, the fallback). Pure, so the join screen, the workshop and the first paint agree.
 */
export interface LanguageChoice {
  /** Picked with the switcher and remembered on this device; null before any pick. */
  chosen: Language | null
  /** The browser's languages, most preferred first (`navigator.languages`: "fi-FI", "sv"). */
  preferred: readonly string[]
  /** The workshop's languages, when the screen belongs to one. */
  offered?: readonly Language[] | null
}

export function pickLanguage({ chosen, preferred, offered }: LanguageChoice): Language {
  const candidates = offered?.length ? offered : LANGUAGES
  const speaks = (code: string | null): code is Language =>
    isLanguage(code) && candidates.includes(code)
  if (speaks(chosen)) return chosen
  for (const tag of preferred) {
    const code = tag.split('-')[0]?.toLowerCase() ?? null
    if (speaks(code)) return code
  }
  return offered?.[0] ?? 'en'
}

/** The browser's preferred languages, most preferred first. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return []
  return navigator.languages?.length ? navigator.languages : [navigator.language]
}
