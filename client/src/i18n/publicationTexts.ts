import { type Language, languagePack } from '@pactboard/shared'
import { i18n } from './texts.ts'

/**
 * The plan's public page and the planners' Publish panel speak texts of their own, which no
 * phone loads for its first screens: the translator adds them when one of those screens is first
 * shown, and keeps them in every language after.
 */
async function loadPublicationTexts(language: Language): Promise<Record<string, unknown>> {
  return { ...(await languagePack(language).publicationScreens()) }
}

/** Resolves once the screen's language has the public page's texts. */
export function addPublicationTexts(): Promise<void> {
  return i18n.extend(loadPublicationTexts)
}

/** A lazy screen's module, resolved once the public page's texts are in too. */
export async function withPublicationTexts<T>(module: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([module, addPublicationTexts()])
  return loaded
}
