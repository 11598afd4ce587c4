import { describe, expect, it } from 'vitest'
import { pickLanguage } from './pickLanguage.ts'

describe('the language a screen speaks', () => {
  it("is the browser's first language we speak, matched on its primary subtag, else English", () => {
    expect(pickLanguage({ chosen: null, preferred: ['de-DE', 'sv-FI', 'en'] })).toBe('sv')
    expect(pickLanguage({ chosen: null, preferred: ['de-DE'] })).toBe('en')
    expect(pickLanguage({ chosen: null, preferred: [] })).toBe('en')
  })

  it("is the person's own pick over the browser's", () => {
    expect(pickLanguage({ chosen: 'sv', preferred: ['en-GB'] })).toBe('sv')
  })

  it("inside a workshop, only one of the workshop's languages, its own when nothing else fits", () => {
    // a Swedish phone in an English workshop reads English (and <html lang> says en)
    expect(pickLanguage({ chosen: null, preferred: ['sv-SE'], offered: ['en'] })).toBe('en')
    expect(pickLanguage({ chosen: 'sv', preferred: ['sv-SE'], offered: ['en'] })).toBe('en')
    // a bilingual workshop: the person's language when it is one of the two
    expect(pickLanguage({ chosen: null, preferred: ['sv-FI'], offered: ['en', 'sv'] })).toBe('sv')
    expect(pickLanguage({ chosen: 'sv', preferred: ['en'], offered: ['en', 'sv'] })).toBe('sv')
    expect(pickLanguage({ chosen: null, preferred: ['de'], offered: ['sv', 'en'] })).toBe('sv')
    // a pick the workshop does not offer gives way to the browser's next best
    expect(pickLanguage({ chosen: 'sv', preferred: ['de', 'en'], offered: ['en'] })).toBe('en')
  })
})
