import type { Language } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { Translator } from './texts.ts'

/** A language's texts: `main.hello` in every language, as a screen's first texts. */
const main = async (language: Language) => ({ main: { hello: `hello ${language}` } })
const area = async (language: Language) => ({ page: { title: `title ${language}` } })

describe('the translator’s later texts', () => {
  it('adds a screen’s own texts to the language shown, and brings them with every later switch', async () => {
    const i18n = new Translator()
    await i18n.init('en', main)
    expect(i18n.t('page.title')).toBe('page.title')
    const revision = i18n.revision
    await i18n.addTexts('page', area)
    expect(i18n.hasTexts('page')).toBe(true)
    expect(i18n.revision).toBeGreaterThan(revision)
    expect(i18n.t('page.title')).toBe('title en')
    expect(i18n.t('main.hello')).toBe('hello en')
    await i18n.changeLanguage('sv')
    expect(i18n.t('page.title')).toBe('title sv')
    expect(i18n.t('main.hello')).toBe('hello sv')
  })

  it('brings texts added while a switch loads with that switch', async () => {
    const i18n = new Translator()
    await i18n.init('en', main)
    const switching = i18n.changeLanguage('fi')
    const adding = i18n.addTexts('page', area)
    await Promise.all([switching, adding])
    expect(i18n.language).toBe('fi')
    expect(i18n.hasTexts('page')).toBe(true)
    expect(i18n.t('page.title')).toBe('title fi')
  })

  it('switches language even when a screen’s texts fail to load, and asks for them again later', async () => {
    const i18n = new Translator()
    await i18n.init('en', main)
    let offline = true
    const flaky = (language: Language) =>
      offline ? Promise.reject(new Error('offline')) : area(language)
    await expect(i18n.addTexts('page', flaky)).rejects.toThrow('offline')
    await i18n.changeLanguage('sv')
    expect(i18n.t('main.hello')).toBe('hello sv')
    expect(i18n.hasTexts('page')).toBe(false)
    offline = false
    await i18n.changeLanguage('fr')
    expect(i18n.t('page.title')).toBe('title fr')
  })
})
