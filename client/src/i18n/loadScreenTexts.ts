import { type Language, languagePack } from '@pactboard/shared'

/**
 * One language's screen texts as i18next reads them: the feature areas' files of its folder in
 * shared/src/i18n/locales, and the CCC vocabulary under `enums`, the same labels the exports use.
 * Fetched when a screen first speaks the language, so a phone downloads only its own.
 */
export async function loadScreenTexts(language: Language): Promise<Record<string, unknown>> {
  const pack = languagePack(language)
  const { main, voting, moderation } = await pack.screens()
  return { ...main, ...voting, ...moderation, enums: pack.vocabulary }
}
