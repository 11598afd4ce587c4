import { LANGUAGES, type Language, languagePack } from '../i18n/languages.ts'
import type { WorkshopTemplate } from './enums.ts'
import { NO_ALLOWS, type PhaseAction, type PhaseAllows, type PhaseKind } from './phase.ts'

/**
 * The agendas a workshop starts from (issue 3), as data: each template is a list of phase kinds
 * with a default duration; each kind says what participants may do and what it is called.
 */

interface TemplatePhase {
  kind: PhaseKind
  durationMin: number
}

export const AGENDA_TEMPLATES: Record<WorkshopTemplate, readonly TemplatePhase[]> = {
  citizen_workshop: [
    { kind: 'welcome', durationMin: 10 },
    { kind: 'propose', durationMin: 20 },
    { kind: 'discuss', durationMin: 20 },
    { kind: 'vote', durationMin: 10 },
    { kind: 'results', durationMin: 10 },
  ],
  business_breakfast: [
    { kind: 'propose', durationMin: 25 },
    { kind: 'refine', durationMin: 20 },
    { kind: 'commit', durationMin: 15 },
  ],
  planner_sprint: [
    { kind: 'consolidate', durationMin: 30 },
    { kind: 'prioritise', durationMin: 20 },
    { kind: 'draft', durationMin: 40 },
  ],
}

function allowing(...actions: PhaseAction[]): PhaseAllows {
  const allows = { ...NO_ALLOWS }
  for (const action of actions) allows[action] = true
  return allows
}

// Welcome and results are for listening, vote is for voting: proposals stay closed so that the
// list people vote on does not move under them.
const KIND_ALLOWS: Record<PhaseKind, PhaseAllows> = {
  welcome: allowing(),
  propose: allowing('propose', 'editOwn', 'comment', 'react'),
  discuss: allowing('editOwn', 'comment', 'react'),
  vote: allowing('vote'),
  results: allowing(),
  refine: allowing('editOwn', 'comment', 'react'),
  commit: allowing('commit', 'react'),
  consolidate: allowing('propose', 'editOwn', 'comment', 'react'),
  prioritise: allowing('vote', 'comment'),
  draft: allowing('comment', 'react'),
  custom: allowing('propose', 'editOwn', 'comment', 'react'),
}

export function defaultAllows(kind: PhaseKind): PhaseAllows {
  return { ...KIND_ALLOWS[kind] }
}

/** A phase's default title in the workshop's language (the facilitator may rename it). */
export function defaultPhaseTitle(kind: PhaseKind, language: Language): string {
  return languagePack(language).workshop.phaseTitles[kind]
}

/**
 * The title to show someone reading in `language`: a title the facilitator left as the template
 * named it, in whichever of the workshop's languages, is said in the reader's; a title they wrote
 * themselves stays as written.
 */
export function shownPhaseTitle(
  phase: { kind: PhaseKind; title: string },
  language: Language,
): string {
  const isDefault = LANGUAGES.some((l) => defaultPhaseTitle(phase.kind, l) === phase.title)
  return isDefault ? defaultPhaseTitle(phase.kind, language) : phase.title
}
