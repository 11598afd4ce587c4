import { LANGUAGES } from '@pactboard/shared'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { resources } from './i18n.ts'

/**
 * WCAG 2.5.3 (label in name), for every language: a button that shows a short label and names
 * what it acts on for a screen reader keeps the label in its name, so a person who speaks to
 * their computer can say what they see. The convention the screens follow: `xNamed` is the name
 * of a button labelled `x`, and `xShort` labels a button named `x`.
 */

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

/** As axe-core compares them: symbols and punctuation ("+", "…") are not said, case is not heard. */
function spoken(text: string, language: string): string {
  return text
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase(language)
}

/** [label key, name key] pairs by the naming convention. */
function labelledPairs(keys: Iterable<string>): [string, string][] {
  const all = new Set(keys)
  const pairs: [string, string][] = []
  for (const key of all) {
    if (key.endsWith('Named') && all.has(key.slice(0, -'Named'.length))) {
      pairs.push([key.slice(0, -'Named'.length), key])
    }
    if (key.endsWith('Short') && all.has(key.slice(0, -'Short'.length))) {
      pairs.push([key, key.slice(0, -'Short'.length)])
    }
  }
  return pairs
}

describe.each(LANGUAGES)('labels in names (%s)', (language) => {
  const t = i18next.createInstance({
    resources,
    lng: language,
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  })
  void t.init()
  const pairs = labelledPairs(flatten(resources[language].translation).keys())

  it('finds the buttons it checks', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(10)
  })

  it.each(pairs)('the name %s → %s contains the visible label', (labelKey, nameKey) => {
    const label = t.t(labelKey)
    const name = t.t(nameKey, { title: 'Solar roofs', text: 'Solar roofs' })
    expect(spoken(name, language)).toContain(spoken(label, language))
  })
})
