import type { Language } from '../domain/enums.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'

/**
 * The section skeleton of a new plan, numbered as the Climate City Contract's Action Plan
 * (DESIGN §6), so that planners can paste the export into the city's contract.
 */

export type PlanSectionId =
  | 'A'
  | 'A-1'
  | 'A-2'
  | 'A-2.3'
  | 'A-3'
  | 'B'
  | 'B-1'
  | 'B-2.1'
  | 'B-2.2'
  | 'B-2.3'
  | 'C'
  | 'C-1'
  | 'C-2'
  | 'C-3.1'
  | 'commitments'
  | 'annex'

export interface PlanSection {
  id: PlanSectionId
  /** 1 for a part (and the stand-alone Commitments and Annex), 2 for a numbered section. */
  level: 1 | 2
  title: string
  /** One line telling the planner what belongs here; the seed writes it under the heading. */
  prompt: string
}

type SectionTexts = Record<PlanSectionId, { title: string; prompt: string }>

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

const TEXTS: Record<Language, SectionTexts> = {
  en: {
    A: { title: 'Part A – Current state', prompt: '' },
    'A-1': {
      title: 'A-1 Emission baseline inventory',
      prompt: 'The baseline table and chart come from the plan figures; comment on them here.',
    },
    'A-2': {
      title: 'A-2 Current policies',
      prompt: 'Which plans, strategies and rules already steer the city’s emissions?',
    },
    'A-2.3': {
      title: 'A-2.3 Emissions gap',
      prompt: 'How far do current policies leave the city from its target, and why?',
    },
    'A-3': {
      title: 'A-3 Barriers and opportunities',
      prompt: 'What stands in the way of climate neutrality, and what could speed it up?',
    },
    B: { title: 'Part B – Pathways', prompt: '' },
    'B-1': {
      title: 'B-1 Impact pathways',
      prompt: 'How do the measures work together across fields of action and systemic levers?',
    },
    'B-2.1': {
      title: 'B-2.1 Portfolio',
      prompt: 'The portfolio table lists the measures in the plan; explain the choice here.',
    },
    'B-2.2': {
      title: 'B-2.2 Action outlines',
      prompt: 'One outline per measure in the plan is added from the board at export.',
    },
    'B-2.3': {
      title: 'B-2.3 Residual emissions strategy',
      prompt: 'How will the emissions that remain in the target year be offset or removed?',
    },
    C: { title: 'Part C – Enabling', prompt: '' },
    'C-1': {
      title: 'C-1 Governance',
      prompt: 'Who decides, who coordinates, and how is progress followed up?',
    },
    'C-2': {
      title: 'C-2 Social innovation',
      prompt: 'How are citizens, companies and organisations involved in the transition?',
    },
    'C-3.1': {
      title: 'C-3.1 Financing',
      prompt: 'How are the measures funded: the city’s budget, grants, private capital?',
    },
    commitments: {
      title: 'Commitments',
      prompt: 'The signatories and their commitments are added from the ledger at export.',
    },
    annex: {
      title: 'Annex',
      prompt: 'All proposals from the workshops, with their votes, are added at export.',
    },
  },
  sv: {
    A: { title: 'Del A – Nuläge', prompt: '' },
    'A-1': {
      title: 'A-1 Utsläppsinventering för basåret',
      prompt: 'Tabellen och diagrammet hämtas från planens siffror; kommentera dem här.',
    },
    'A-2': {
      title: 'A-2 Nuvarande politik och styrdokument',
      prompt: 'Vilka planer, strategier och regler styr redan kommunens utsläpp?',
    },
    'A-2.3': {
      title: 'A-2.3 Utsläppsgap',
      prompt: 'Hur långt från målet lämnar dagens politik kommunen, och varför?',
    },
    'A-3': {
      title: 'A-3 Hinder och möjligheter',
      prompt: 'Vad står i vägen för klimatneutralitet, och vad kan påskynda den?',
    },
    B: { title: 'Del B – Omställningsvägar', prompt: '' },
    'B-1': {
      title: 'B-1 Effektkedjor',
      prompt: 'Hur samverkar åtgärderna över insatsområden och systemiska hävstänger?',
    },
    'B-2.1': {
      title: 'B-2.1 Åtgärdsportfölj',
      prompt: 'Portföljtabellen visar åtgärderna i planen; motivera urvalet här.',
    },
    'B-2.2': {
      title: 'B-2.2 Åtgärdsbeskrivningar',
      prompt: 'En beskrivning per åtgärd i planen läggs till från tavlan vid export.',
    },
    'B-2.3': {
      title: 'B-2.3 Strategi för kvarvarande utsläpp',
      prompt: 'Hur ska de utsläpp som återstår målåret kompenseras eller tas bort?',
    },
    C: { title: 'Del C – Förutsättningar', prompt: '' },
    'C-1': {
      title: 'C-1 Styrning',
      prompt: 'Vem beslutar, vem samordnar och hur följs arbetet upp?',
    },
    'C-2': {
      title: 'C-2 Social innovation',
      prompt: 'Hur involveras invånare, företag och organisationer i omställningen?',
    },
    'C-3.1': {
      title: 'C-3.1 Finansiering',
      prompt: 'Hur finansieras åtgärderna: kommunens budget, bidrag, privat kapital?',
    },
    commitments: {
      title: 'Åtaganden',
      prompt: 'Undertecknarna och deras åtaganden läggs till från liggaren vid export.',
    },
    annex: {
      title: 'Bilaga',
      prompt: 'Alla förslag från workshopparna, med sina röster, läggs till vid export.',
    },
  },
}

/** The plan's sections in order, in `language`. */
export function planSections(language: Language): PlanSection[] {
  const texts = TEXTS[language]
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
