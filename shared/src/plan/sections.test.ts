import { describe, expect, it } from 'vitest'
import { planSkeleton } from '../editor/planSections.ts'
import { LANGUAGES } from '../i18n/languages.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'
import { PLAN_SECTIONS, sectionOfHeading, splitDocument } from './sections.ts'

const heading = (text: string, level = 2): ProseMirrorJSON => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
})
const paragraph = (text: string): ProseMirrorJSON => ({
  type: 'paragraph',
  content: [{ type: 'text', text }],
})

describe('sectionOfHeading', () => {
  it('reads the CCC number at the start of a heading, in English and Swedish', () => {
    expect(sectionOfHeading(heading('A-2.3 Emissions gap'))).toBe('gap')
    expect(sectionOfHeading(heading('A-2 Nuvarande politik'))).toBe('policies')
    expect(sectionOfHeading(heading('b-2.1'))).toBe('portfolio')
    expect(sectionOfHeading(heading('Del C – Förutsättningar', 1))).toBe('partC')
    expect(sectionOfHeading(heading('Åtaganden', 1))).toBe('commitments')
    expect(sectionOfHeading(heading('Annex', 1))).toBe('annex')
  })

  it('reads the seeded headings of every language, Finnish and French too', () => {
    for (const language of LANGUAGES) {
      const skeleton = planSkeleton(language).content ?? []
      const keys = skeleton.filter((n) => n.type === 'heading').map(sectionOfHeading)
      expect(keys, language).toEqual(PLAN_SECTIONS.map((s) => s.key))
    }
    expect(sectionOfHeading(heading('Osa B – Muutospolut', 1))).toBe('partB')
    expect(sectionOfHeading(heading('Partie C – Conditions de mise en œuvre', 1))).toBe('partC')
    expect(sectionOfHeading(heading('Sitoumukset', 1))).toBe('commitments')
    expect(sectionOfHeading(heading('Engagements des signataires', 1))).toBe('commitments')
    expect(sectionOfHeading(heading('Liite', 1))).toBe('annex')
    expect(sectionOfHeading(heading('Annexe', 1))).toBe('annex')
    // a word that only begins like one is not it
    expect(sectionOfHeading(heading('Liitetiedot', 1))).toBeNull()
    expect(sectionOfHeading(heading('Partiellement', 1))).toBeNull()
  })

  it('takes the seeded prompts of every language for hints, not plan text', () => {
    for (const language of LANGUAGES) {
      const split = splitDocument(planSkeleton(language))
      expect(split, language).toEqual({ bySection: {}, narrative: [] })
    }
  })

  it('leaves other headings and paragraphs to the text they are in', () => {
    expect(sectionOfHeading(heading('A-23 is not a section'))).toBeNull()
    expect(sectionOfHeading(heading('A-2.31'))).toBeNull()
    expect(sectionOfHeading(heading('Our approach'))).toBeNull()
    expect(sectionOfHeading(paragraph('A-1 in a paragraph'))).toBeNull()
  })
})

describe('splitDocument', () => {
  it('puts text under its numbered heading and what comes first into the narrative', () => {
    const split = splitDocument({
      type: 'doc',
      content: [
        paragraph('Foreword'),
        heading('A-1 Baseline'),
        paragraph(''),
        heading('A-3 Barriers'),
        heading('Local detail', 3),
        paragraph('Permits take long.'),
      ],
    })
    expect(split.narrative).toEqual([paragraph('Foreword')])
    expect(split.bySection.baseline).toBeUndefined()
    expect(split.bySection.barriers).toEqual([
      heading('Local detail', 3),
      paragraph('Permits take long.'),
    ])
  })

  it('reads no document as no text', () => {
    expect(splitDocument(null)).toEqual({ bySection: {}, narrative: [] })
  })
})
