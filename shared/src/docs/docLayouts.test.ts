import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedPlanDocument } from '../editor/planDocument.ts'
import { makePlanDocs } from '../test/fixtures.ts'
import { seedAgenda, setBoardLocked, setResultsRevealed } from './control.ts'
import { addComment, toggleReaction } from './discussion.ts'
import { DOC_LAYOUTS } from './docLayouts.ts'
import { setPublishedVoteTotals } from './ledger.ts'
import { hideMeasure, reportMeasure, setPreModeration } from './moderation.ts'

/** A root a helper writes but the layout does not list would be refused by the sync core. */
describe('DOC_LAYOUTS', () => {
  const roots = (doc: Y.Doc) => [...doc.share.keys()].sort()

  it('holds every root the doc helpers write', () => {
    const { board, plan, ledger, measures } = makePlanDocs()
    addComment(board, { measureId: measures.solar.id, authorParticipantId: 'p-anna', text: 'Yes' })
    toggleReaction(board, { measureId: measures.solar.id, participantId: 'p-anna', kind: 'love' })
    seedPlanDocument(plan, 'en')
    setPublishedVoteTotals(ledger, new Map([[measures.solar.id, 3]]))
    const facilitator = { by: 'p-fac' }
    setPreModeration(ledger, true, [measures.solar.id], facilitator)
    hideMeasure(ledger, measures.bus.id, 'Duplicate', facilitator)
    reportMeasure(ledger, measures.solar.id, 'Off topic', { by: 'p-anna' })
    const control = new Y.Doc()
    seedAgenda(control, 'citizen_workshop', 'en')
    setBoardLocked(control, true)
    setResultsRevealed(control, true)

    const docs = { board, plan, ledger, control }
    for (const [name, doc] of Object.entries(docs)) {
      const layout = DOC_LAYOUTS[name as keyof typeof docs]
      expect(
        roots(doc).filter((root) => !(root in layout)),
        name,
      ).toEqual([])
    }
  })
})
