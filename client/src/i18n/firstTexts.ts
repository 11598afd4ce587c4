import { storedChosenLanguage } from '../app/uiStorage.ts'
import { browserLanguages, pickAmong } from './pickAmong.ts'

/**
 * The first screen's texts, asked for by the entry itself, so that they travel beside the app's
 * scripts rather than after them: on a phone on a slow network that is a round trip less before
 * the join screen can be read. Only the entry's own few lines run here (no library, no schema):
 * the language is picked by the app's rule (pickAmong.ts) among the languages that have a folder
 * of texts, from this device's pick and the browser's. The app's own request for the same files
 * later finds them loaded. Inside a workshop (a reload) the workshop's languages decide, which
 * only the app knows, so the app asks itself.
 */
const SCREEN_TEXTS = import.meta.glob([
  '../../../shared/src/i18n/locales/*/screens.json',
  '../../../shared/src/i18n/locales/*/voting.json',
  '../../../shared/src/i18n/locales/*/moderation.json',
])

const languageOf = (path: string) => /\/locales\/([^/]+)\//.exec(path)?.[1] ?? ''

/** The languages with a folder of screen texts. */
export const TEXT_LANGUAGES = [...new Set(Object.keys(SCREEN_TEXTS).map(languageOf))]

/** The first screen's language as the app will pick it, or null inside a workshop. */
export function firstTextsLanguage(pathname: string): string | null {
  if (pathname.startsWith('/w/')) return null
  return pickAmong(TEXT_LANGUAGES, storedChosenLanguage(), browserLanguages(), 'en')
}

export function startFirstTexts(pathname: string): void {
  const language = firstTextsLanguage(pathname)
  if (!language) return
  for (const [path, load] of Object.entries(SCREEN_TEXTS)) {
    if (languageOf(path) === language) void load().catch(() => {})
  }
}
