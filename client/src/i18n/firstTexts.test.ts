import { LANGUAGES } from '@pactboard/shared'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { initialLanguage } from '../app/initialLanguage.ts'
import { resetUiStore, useUiStore } from '../app/uiStore.ts'
import { firstTextsLanguage, TEXT_LANGUAGES } from './firstTexts.ts'

afterEach(() => {
  vi.restoreAllMocks()
  resetUiStore()
  localStorage.clear()
})

describe('the texts the entry asks for before the app', () => {
  it('knows every language the app speaks, from their folders', () => {
    expect([...TEXT_LANGUAGES].sort()).toEqual([...LANGUAGES].sort())
  })

  it.each([
    { browser: ['fi-FI', 'sv'], chosen: null },
    { browser: ['de-DE', 'fr-CH'], chosen: null },
    { browser: ['de-DE'], chosen: null },
    { browser: ['en-GB'], chosen: 'sv' as const },
  ])(
    'are in the language the app then picks (browser $browser, pick $chosen)',
    ({ browser, chosen }) => {
      vi.spyOn(navigator, 'languages', 'get').mockReturnValue(browser)
      if (chosen) useUiStore.getState().chooseLanguage(chosen)
      for (const path of ['/', '/join/ABC-DEF', '/join', '/signin']) {
        expect(firstTextsLanguage(path)).toBe(initialLanguage(path))
      }
    },
  )

  it('leaves a workshop to the app, which knows its languages', () => {
    expect(firstTextsLanguage('/w/abc')).toBeNull()
  })
})
