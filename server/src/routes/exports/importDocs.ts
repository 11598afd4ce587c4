import {
  addToPortfolio,
  recordCommitment,
  registerParticipant,
  restoreActor,
  restoreComment,
  restoreMeasure,
  restoreModeration,
  restoreReaction,
  setPlanFigures,
} from '@pactboard/shared'
import { replacePlanDocument, seedPlanDocument } from '@pactboard/shared/editor'
import type { PlanExport } from '@pactboard/shared/plan'
import * as Y from 'yjs'
import { ApiError } from '../../errors.ts'

/**
 * The three docs of an imported workshop, built apart from any room first: whatever does not fit
 * (a document outside the plan schema) fails here, before a workshop exists. The votes are not
 * in any doc: the import route puts them into the store.
 */
export interface ImportedDocs {
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
}

export function buildImportedDocs(data: PlanExport, now: Date): ImportedDocs {
  const board = new Y.Doc()
  const plan = new Y.Doc()
  const ledger = new Y.Doc()
  const measureIds = new Set(data.measures.map((m) => m.id))
  board.transact(() => {
    for (const actor of data.actors) restoreActor(board, actor)
    for (const measure of data.measures) restoreMeasure(board, measure)
    // talk about a measure that is not in the file has nothing to hang on
    for (const comment of data.discussion.comments) {
      if (measureIds.has(comment.measureId)) restoreComment(board, comment)
    }
    for (const reaction of data.discussion.reactions) {
      if (measureIds.has(reaction.measureId)) restoreReaction(board, reaction)
    }
  })
  plan.transact(() => {
    if (data.figures) setPlanFigures(plan, data.figures)
    for (const id of data.portfolio) if (measureIds.has(id)) addToPortfolio(plan, id)
    if (data.document) {
      try {
        replacePlanDocument(plan, data.document)
      } catch (error) {
        throw new ApiError('VALIDATION_FAILED', 'The plan document does not fit the plan schema', [
          { path: 'document', message: (error as Error).message },
        ])
      }
    }
    // marks the plan seeded (it has its text), so the server never seeds it again
    seedPlanDocument(plan, data.workshop.language, now)
  })
  ledger.transact(() => {
    for (const participant of data.participants) registerParticipant(ledger, participant)
    for (const commitment of data.commitments) recordCommitment(ledger, commitment)
    restoreModeration(ledger, data.moderation)
  })
  return { board, plan, ledger }
}
