import { LANGUAGES, type Language } from '@pactboard/shared'
import { pickAmong } from './pickAmong.ts'

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
  return pickAmong(candidates, chosen, preferred, offered?.[0] ?? 'en')
}
