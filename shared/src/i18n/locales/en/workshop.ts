import type { WorkshopTexts } from '../../languagePack.ts'

/** What a new workshop in English is seeded with, and what the server writes into it in English. */
export const workshopTexts: WorkshopTexts = {
  phaseTitles: {
    welcome: 'Welcome',
    propose: 'Propose',
    discuss: 'Discuss',
    vote: 'Vote',
    results: 'Results',
    refine: 'Refine',
    commit: 'Commit',
    consolidate: 'Consolidate',
    prioritise: 'Prioritise',
    draft: 'Draft',
    custom: 'New phase',
  },
  planSections: {
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
  workspacePlanTitle: (workspace) => `${workspace}: the climate plan`,
  facilitatorName: 'Facilitator',
  formerParticipant: (n) => `Former participant ${n}`,
  participantPseudonym: (n) => `Participant ${n}`,
  adaptedFrom: (origin, year) => `Adapted from ${origin}, ${year}.`,
  versionNames: {
    beforeRestore: 'Before restoring “{{name}}”',
    restored: 'Restored “{{name}}”',
  },
}
