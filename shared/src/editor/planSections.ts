import { type Language, languagePack } from '../i18n/languages.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'
import type { PlanSectionId } from './planSectionIds.ts'

/**
 * The section skeleton of a new plan, numbered as the Climate City Contract's Action Plan
 * (DESIGN §6), so that planners can paste the export into the city's contract.
 */

export interface PlanSection {
  id: PlanSectionId
  /** 1 for a part (and the stand-alone Commitments and Annex), 2 for a numbered section. */
  level: 1 | 2
  title: string
  /** One line telling the planner what belongs here; the seed writes it under the heading. */
  prompt: string
}

const LEVEL_1: readonly PlanSectionId[] = ['A', 'B', 'C', 'commitments', 'annex']

const ORDER: readonly PlanSectionId[] = [
  'A',
  'A-1',
  'A-2',
  'A-2.3',
  'A-3',
  'B',
  'B-1',
  'B-2.1',
  'B-2.2',
  'B-2.3',
  'C',
  'C-1',
  'C-2',
  'C-3.1',
  'commitments',
  'annex',
]

/** The plan's sections in order, in `language`. */
export function planSections(language: Language): PlanSection[] {
  const texts = languagePack(language).workshop.planSections
  return ORDER.map((id) => ({ id, level: LEVEL_1.includes(id) ? 1 : 2, ...texts[id] }))
}

/** A new plan document: each section's heading followed by its one-line prompt. */
export function planSkeleton(language: Language): ProseMirrorJSON {
  const content: ProseMirrorJSON[] = []
  for (const section of planSections(language)) {
    content.push({
      type: 'heading',
      attrs: { level: section.level },
      content: [{ type: 'text', text: section.title }],
    })
    // parts have no prompt: their first section follows at once
    if (section.prompt) {
      content.push({
        type: 'paragraph',
        // italic, so the planner sees it is a hint to write over
        content: [{ type: 'text', text: section.prompt, marks: [{ type: 'italic' }] }],
      })
    }
  }
  return { type: 'doc', content }
}
