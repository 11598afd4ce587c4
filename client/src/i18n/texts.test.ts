import { describe, expect, it } from 'vitest'
import { type LoadTexts, Translator } from './texts.ts'

/** Texts per language, each fetched after `delayMs`, as a dynamic import arrives. */
function loader(texts: Record<string, Record<string, unknown>>, delayMs = 0): LoadTexts {
  return (language) =>
    new Promise((resolve) => setTimeout(() => resolve(texts[language] ?? {}), delayMs))
}

const main = loader({ en: { hello: 'Hello' }, sv: { hello: 'Hej' } })
const workspace = loader(
  { en: { staff: { title: 'Workspace' } }, sv: { staff: { title: 'Arbetsyta' } } },
  5,
)

describe('the translator’s areas', () => {
  it('adds an area’s texts to the language on the screen, and to every language after', async () => {
    const i18n = new Translator()
    await i18n.init('en', main)
    expect(i18n.t('staff.title')).toBe('staff.title')
    await i18n.extend(workspace)
    expect(i18n.t('staff.title')).toBe('Workspace')
    expect(i18n.t('hello')).toBe('Hello')
    await i18n.changeLanguage('sv')
    expect([i18n.t('hello'), i18n.t('staff.title')]).toEqual(['Hej', 'Arbetsyta'])
  })

  it('lands a switch with an area added while the switch was loading', async () => {
    const i18n = new Translator()
    await i18n.init('en', loader({ en: { hello: 'Hello' }, sv: { hello: 'Hej' } }, 10))
    const switching = i18n.changeLanguage('sv')
    const extended = i18n.extend(workspace)
    await Promise.all([switching, extended])
    expect(i18n.language).toBe('sv')
    expect(i18n.t('staff.title')).toBe('Arbetsyta')
  })

  it('waits for the first language when an area is added before the translator speaks', async () => {
    const i18n = new Translator()
    const extended = i18n.extend(workspace)
    await i18n.init('sv', main)
    await extended
    expect(i18n.t('staff.title')).toBe('Arbetsyta')
  })

  it('loads an area once, however often a screen asks for it', async () => {
    const i18n = new Translator()
    await i18n.init('en', main)
    let loads = 0
    const counted: LoadTexts = async (language) => {
      loads += 1
      return workspace(language)
    }
    await Promise.all([i18n.extend(counted), i18n.extend(counted)])
    await i18n.extend(counted)
    expect(loads).toBe(1)
  })
})
