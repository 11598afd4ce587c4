import { describe, expect, it } from 'vitest'
import { shownPhaseTitle } from '../domain/agendaTemplates.ts'
import { workshopLanguages, workshopSchema } from '../domain/workshop.ts'
import { makeWorkshop } from '../test/fixtures.ts'

describe('a workshop’s languages', () => {
  it('are its own, then the second one of a bilingual workshop', () => {
    expect(workshopLanguages(makeWorkshop({ language: 'fi' }))).toEqual(['fi'])
    const espoo = makeWorkshop({ language: 'fi' })
    espoo.settings.secondLanguage = 'sv'
    expect(workshopLanguages(espoo)).toEqual(['fi', 'sv'])
  })

  it('keeps workshops stored before there were two languages valid, with one', () => {
    const { settings, ...rest } = makeWorkshop({ language: 'sv' })
    const { secondLanguage: _none, ...oldSettings } = settings
    const stored = workshopSchema.parse({ ...rest, settings: oldSettings })
    expect(stored.settings.secondLanguage).toBeNull()
    expect(workshopLanguages(stored)).toEqual(['sv'])
  })

  it('show a phase the template named in the reader’s language, and a renamed one as written', () => {
    const propose = { kind: 'propose' as const, title: 'Ehdotukset' }
    expect(shownPhaseTitle(propose, 'sv')).toBe('Förslag')
    expect(shownPhaseTitle(propose, 'fr')).toBe('Propositions')
    expect(shownPhaseTitle({ kind: 'propose', title: 'Ideat kouluille' }, 'sv')).toBe(
      'Ideat kouluille',
    )
  })
})
