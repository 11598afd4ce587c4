import { describe, expect, it } from 'vitest'
import { i18n as i18next } from '../../i18n/texts.ts'
import { refusalText } from './refusalText.ts'

const t = i18next.t.bind(i18next)

describe('refusalText', () => {
  it('says in plain words that a phase closed', () => {
    expect(refusalText(t, 'read-only: the Welcome phase is closed')).toBe(
      'the Welcome phase closed just before your change arrived.',
    )
    expect(refusalText(t, 'read-only: the board is locked')).toBe(
      'the facilitator locked the board.',
    )
  })

  it('names what the phase closed', () => {
    expect(refusalText(t, 'refused: new proposals are closed in the Discuss phase')).toBe(
      'new proposals are closed in the Discuss phase.',
    )
    expect(refusalText(t, 'refused: comments are closed in the Vote phase')).toBe(
      'comments are closed in the Vote phase.',
    )
  })

  it('translates, and shows any other reason as the server gave it', async () => {
    await i18next.changeLanguage('sv')
    expect(refusalText(t, 'refused: new proposals are closed in the Diskutera phase')).toBe(
      'nya förslag är stängda under fasen Diskutera.',
    )
    expect(refusalText(t, 'refused: at most 50 measures each')).toBe('at most 50 measures each')
  })
})
