import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../protocol/errorCodes.ts'
import type { PublicationScreenTexts, ScreenTexts, WorkspaceScreenTexts } from './languagePack.ts'
import { LANGUAGES, type Language, languagePack } from './languages.ts'

/**
 * Every language says everything English says, in its own words. The types catch a missing text
 * in TypeScript files; these tests catch the rest: extra or missing keys in the JSON files,
 * plural forms, interpolation variables, empty texts and English left untranslated.
 */

const PLURAL = /_(zero|one|two|few|many|other)$/
const OTHERS = LANGUAGES.filter((l) => l !== 'en')

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, prefix ? `${prefix}.${key}` : key),
  )
}

const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()

/** Keys with their plural suffix taken off, each once: `count_one`, `count_other` → `count`. */
function baseKeys(texts: [string, string][]): string[] {
  return [...new Set(texts.map(([key]) => key.replace(PLURAL, '')))].sort()
}

/** Every screen's texts: the areas a phone loads first, the workspace's and the public page's. */
const screens = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (l) => {
      const pack = languagePack(l)
      const later = {
        workspace: await pack.workspaceScreens(),
        publication: await pack.publicationScreens(),
      }
      return [l, { ...(await pack.screens()), ...later }] as const
    }),
  ),
) as Record<
  Language,
  ScreenTexts & { workspace: WorkspaceScreenTexts; publication: PublicationScreenTexts }
>
const exports = Object.fromEntries(
  await Promise.all(LANGUAGES.map(async (l) => [l, await languagePack(l).exports()] as const)),
) as Record<Language, unknown>

/** Every text of a language, screens (all areas), exports and what a workshop is seeded with. */
function allTexts(language: Language): [string, string][] {
  const pack = languagePack(language)
  return [
    ...leaves(screens[language], 'screens'),
    ...leaves(exports[language], 'exports'),
    ...leaves(pack.vocabulary, 'vocabulary'),
    ...leaves(pack.workshop, 'workshop'),
  ]
}

describe('languages', () => {
  it('speaks English, Swedish, Finnish and French', () => {
    expect(LANGUAGES).toEqual(expect.arrayContaining(['en', 'sv', 'fi', 'fr']))
  })

  it.each(LANGUAGES)('%s: has a locale Intl knows and a name of its own', (language) => {
    const pack = languagePack(language)
    expect(Intl.NumberFormat.supportedLocalesOf([pack.locale])).toEqual([pack.locale])
    expect(pack.name).toMatch(/\S/)
  })

  it.each(OTHERS)('%s: has exactly the keys of English, plural forms aside', (language) => {
    expect(baseKeys(allTexts(language))).toEqual(baseKeys(allTexts('en')))
  })

  it.each(LANGUAGES)('%s: has every plural form its language needs', (language) => {
    const categories = new Intl.PluralRules(languagePack(language).locale).resolvedOptions()
      .pluralCategories
    const keys = new Set(allTexts(language).map(([key]) => key))
    const english = allTexts('en').map(([key]) => key)
    const plurals = new Set(english.filter((k) => k.endsWith('_other')).map((k) => k.slice(0, -6)))
    for (const base of plurals) {
      for (const category of categories) {
        expect(keys.has(`${base}_${category}`), `${base}_${category}`).toBe(true)
      }
    }
  })

  it.each(LANGUAGES)('%s: has no empty text', (language) => {
    for (const [key, text] of allTexts(language)) {
      // a part of the plan has no prompt: its first section follows at once
      if (/^workshop\.planSections\.[ABC]\.prompt$/.test(key)) continue
      expect(text, key).toMatch(/\S/)
    }
  })

  it.each(OTHERS)('%s: keeps the interpolation variables of English', (language) => {
    const english = new Map(allTexts('en').map(([key, text]) => [key.replace(PLURAL, ''), text]))
    for (const [key, text] of allTexts(language)) {
      const base = key.replace(PLURAL, '')
      // a plural form may leave the count out ("one person here"), never add a variable
      const expected = variables(english.get(base) ?? '')
      const found = variables(text)
      if (PLURAL.test(key)) expect(expected, key).toEqual(expect.arrayContaining(found))
      else expect(found, key).toEqual(expected)
    }
  })

  it.each(OTHERS)('%s: is translated, not English copied over', (language) => {
    const english = new Map(allTexts('en'))
    const texts = allTexts(language)
    const same = texts.filter(
      // names, units and codes read the same in every language; words mostly do not
      ([key, text]) => english.get(key) === text && /[a-z]{4,}/.test(text.replace(/{{\w+}}/g, '')),
    )
    const listed = same.map(([key, text]) => `${key}: ${text}`).join('\n')
    expect(same.length / texts.length, listed).toBeLessThan(0.03)
  })

  it('gives each screen area its own top-level keys', () => {
    for (const language of LANGUAGES) {
      const owners = new Map<string, string>()
      for (const [area, texts] of Object.entries(screens[language])) {
        for (const key of Object.keys(texts)) {
          expect(owners.get(key), `${language}: ${key} in ${area}`).toBeUndefined()
          owners.set(key, area)
        }
      }
    }
  })

  it("says every error code of the API in every language (the server's English never shows)", () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(screens[language].main.errors.api).sort()).toEqual(
        Object.keys(ERROR_CODES).sort(),
      )
    }
  })
})
