import { describe, expect, it } from 'vitest'
import type { PublicationScreenTexts, ScreenTexts, WorkspaceScreenTexts } from './languagePack.ts'
import { LANGUAGES, type Language, languagePack } from './languages.ts'

/**
 * WCAG 2.5.3 (label in name), for every language: a button that shows a short label and names
 * what it acts on for a screen reader keeps the label in its name, so a person who speaks to
 * their computer can say what they see. The convention the screens follow: `xNamed` is the name
 * of a button labelled `x`, and `xShort` labels a button named `x`.
 */

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

function flatten(tree: object, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') flat.set(path, value)
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value, path)) flat.set(k, v)
    }
  }
  return flat
}

/** [label key, name key] pairs by the naming convention. */
function labelledPairs(keys: ReadonlySet<string>): [string, string][] {
  const pairs: [string, string][] = []
  for (const key of keys) {
    if (key.endsWith('Named') && keys.has(key.slice(0, -'Named'.length))) {
      pairs.push([key.slice(0, -'Named'.length), key])
    }
    if (key.endsWith('Short') && keys.has(key.slice(0, -'Short'.length))) {
      pairs.push([key, key.slice(0, -'Short'.length)])
    }
  }
  return pairs
}

/** As axe-core compares them: symbols and punctuation ("+", "…") are not said, case is not heard. */
function spoken(text: string, language: string): string {
  return text
    .replace(/{{\w+}}/g, 'Solar roofs')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase(language)
}

describe.each(LANGUAGES)('labels in names (%s)', (language) => {
  const texts = flatten(screens[language])
  const pairs = labelledPairs(new Set(texts.keys()))

  it('finds the buttons it checks', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10)
  })

  it.each(pairs)('the name %s → %s contains the visible label', (labelKey, nameKey) => {
    const label = spoken(texts.get(labelKey)!, language)
    expect(spoken(texts.get(nameKey)!, language)).toContain(label)
  })
})
