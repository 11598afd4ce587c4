import { planSections } from '../editor/planSections.ts'
import { LANGUAGES } from '../i18n/languages.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'

/**
 * The sections of the exported plan in the order and numbering of the CCC Action Plan (DESIGN
 * §6; the same as the seeded skeleton, editor/planSections.ts), and where the planners' own text
 * goes: under the heading that carries a section's number.
 */

export const PLAN_SECTIONS = [
  { key: 'partA', number: 'A', level: 1 },
  { key: 'baseline', number: 'A-1', level: 2 },
  { key: 'policies', number: 'A-2', level: 2 },
  { key: 'gap', number: 'A-2.3', level: 2 },
  { key: 'barriers', number: 'A-3', level: 2 },
  { key: 'partB', number: 'B', level: 1 },
  { key: 'impactPathways', number: 'B-1', level: 2 },
  { key: 'portfolio', number: 'B-2.1', level: 2 },
  { key: 'outlines', number: 'B-2.2', level: 2 },
  { key: 'residual', number: 'B-2.3', level: 2 },
  { key: 'partC', number: 'C', level: 1 },
  { key: 'governance', number: 'C-1', level: 2 },
  { key: 'socialInnovation', number: 'C-2', level: 2 },
  { key: 'financing', number: 'C-3.1', level: 2 },
  { key: 'commitments', number: '', level: 1 },
  { key: 'annex', number: '', level: 1 },
] as const
export type PlanSectionKey = (typeof PLAN_SECTIONS)[number]['key']

export interface DocumentSplit {
  /** Text under each numbered heading, the heading itself left out (the export writes its own). */
  bySection: Partial<Record<PlanSectionKey, ProseMirrorJSON[]>>
  /** The whole document when no heading carries a section number; else what comes before the first. */
  narrative: ProseMirrorJSON[]
}

const KEY_BY_NUMBER = new Map<string, PlanSectionKey>(
  PLAN_SECTIONS.filter((s) => s.number !== '').map((s) => [s.number, s.key]),
)

// What the seeded headings of every language start with: the word for a part ("Part A", "Del A",
// "Osa A", "Partie A") and the first word of the two unnumbered sections ("Commitments", "Liite").
const firstWord = (title: string) => title.trim().split(/\s+/)[0] ?? ''
const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const PART_WORDS = new Set(LANGUAGES.map((l) => firstWord(planSections(l)[0]!.title)))
const NUMBER_PATTERN = new RegExp(
  `^\\s*(?:(?:${[...PART_WORDS].map(escapeRegExp).join('|')})\\s+([ABC])(?![\\p{L}\\d])|([ABC]-\\d+(?:\\.\\d+)?)(?![.\\d]))`,
  'iu',
)
const UNNUMBERED: [RegExp, PlanSectionKey][] = (['commitments', 'annex'] as const).map((key) => {
  const words = LANGUAGES.map((l) => firstWord(planSections(l).find((s) => s.id === key)!.title))
  return [
    new RegExp(`^\\s*(?:${[...new Set(words)].map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'iu'),
    key,
  ]
})

export function plainText(node: ProseMirrorJSON): string {
  if (node.text !== undefined) return node.text
  return (node.content ?? []).map(plainText).join(node.type === 'doc' ? '\n' : '')
}

/** The section a heading opens, or null for a heading that is just part of the text. */
export function sectionOfHeading(node: ProseMirrorJSON): PlanSectionKey | null {
  if (node.type !== 'heading') return null
  const text = plainText(node)
  const match = NUMBER_PATTERN.exec(text)
  if (match) return KEY_BY_NUMBER.get((match[1] ?? match[2] ?? '').toUpperCase()) ?? null
  for (const [pattern, key] of UNNUMBERED) if (pattern.test(text)) return key
  return null
}

// The seeded one-line prompts ("What stands in the way …") are hints to write over, not plan text.
const SEED_PROMPTS = new Set(
  LANGUAGES.flatMap((language) => planSections(language).map((s) => s.prompt)).filter(Boolean),
)

const isBlank = (node: ProseMirrorJSON) => {
  const text = plainText(node).trim()
  return text === '' || SEED_PROMPTS.has(text)
}

export function splitDocument(document: ProseMirrorJSON | null): DocumentSplit {
  const nodes = (document?.content ?? []).filter(
    (node) => !isBlank(node) || node.type === 'heading',
  )
  const bySection: DocumentSplit['bySection'] = {}
  const narrative: ProseMirrorJSON[] = []
  let current: ProseMirrorJSON[] = narrative
  for (const node of nodes) {
    const key = sectionOfHeading(node)
    if (key) {
      current = bySection[key] ?? []
      bySection[key] = current
    } else current.push(node)
  }
  for (const key of Object.keys(bySection) as PlanSectionKey[]) {
    if (bySection[key]?.length === 0) delete bySection[key]
  }
  return { bySection, narrative }
}
