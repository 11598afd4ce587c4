import type { DocLayout } from './docChange.ts'
import type { DocName } from './docNames.ts'

/**
 * Every root of every workshop doc and its kind: a change under any other root has no place and
 * is refused (docs/docChange.ts). The helpers beside each doc (board.ts, discussion.ts,
 * control.ts, plan.ts, ledger.ts, moderation.ts) create only these; docLayouts.test.ts holds
 * them to it.
 */
export const DOC_LAYOUTS: Readonly<Record<DocName, DocLayout>> = {
  control: { control: 'map', phases: 'map' },
  board: { measures: 'map', actors: 'map', comments: 'map', reactions: 'map' },
  plan: { figures: 'map', portfolio: 'array', document: 'xml' },
  ledger: {
    participants: 'map',
    commitments: 'map',
    /** Dots of ledgers written before they moved to the store; emptied when first touched. */
    votes: 'map',
    results: 'map',
    settings: 'map',
    moderation: 'map',
    moderationLog: 'array',
  },
}
