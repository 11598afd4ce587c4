import { describe, expect, it } from 'vitest'
import { languageName } from './languageName.ts'

describe('a language’s name', () => {
  it('is said in the screen’s language, capitalised for a list', () => {
    expect(languageName('fi', 'en')).toBe('Finnish')
    expect(languageName('fi', 'sv')).toBe('Finska')
    expect(languageName('sv', 'fi')).toBe('Ruotsi')
    expect(languageName('fi', 'fr')).toBe('Finnois')
  })
})
