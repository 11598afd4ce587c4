import type { LanguagePack } from './languagePack.ts'
import * as PACKS from './locales/index.ts'

/**
 * The languages the app speaks, read off the registry (locales/index.ts), so that adding a
 * language there adds it to the type, the schemas and every list of languages.
 */
export type Language = keyof typeof PACKS

// Every pack is in every bundle anyway (they are small; the big texts load on demand), so the
// registry is read as a plain object.
const BY_CODE: Readonly<Record<Language, LanguagePack>> = { ...PACKS }

/** Every language's code, sorted. */
export const LANGUAGES = Object.keys(BY_CODE).sort() as [Language, ...Language[]]

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(BY_CODE, value)
}

export function languagePack(language: Language): LanguagePack {
  return BY_CODE[language]
}
