import {
  type BoardCard,
  listMeasures,
  moderatedCards,
  REACTION_KINDS,
  type ReactionCounts,
  type ReactionTotals,
  reactionsByMeasure,
  readModeration,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import type { BroughtInMeasure } from '../../storage/candidates/CandidateStore.ts'

/**
 * [W8] What a planner may bring in from a workshop: each measure on its board for everyone (not
 * hidden, merged, withdrawn or waiting for approval), with its dots (the store's votes, counted
 * as the exports count them) and its reactions.
 */

export interface WorkshopMeasures {
  bringable: Map<string, BroughtInMeasure>
  /** Every measure id on the board, bringable or not: an id outside it is no measure at all. */
  onBoard: Set<string>
}

export function isBringable({ measure, pending }: BoardCard): boolean {
  return (
    !pending &&
    measure.hidden === null &&
    measure.mergedInto === null &&
    measure.status !== 'withdrawn' &&
    measure.status !== 'merged'
  )
}

function totalsOf(counts: ReactionCounts | undefined): ReactionTotals {
  const totals = {} as ReactionTotals
  for (const kind of REACTION_KINDS) totals[kind] = counts?.[kind].count ?? 0
  return totals
}

export async function readWorkshopMeasures(
  { registry, store, voteResults }: Pick<AppContext, 'registry' | 'store' | 'voteResults'>,
  workshopId: string,
): Promise<WorkshopMeasures> {
  // Dots a ledger from before secret voting still holds count too, as in the exports.
  await voteResults.adoptLegacyVotes(workshopId)
  const { measures, reactions } = await registry.write({ workshopId, doc: 'board' }, (doc) => ({
    measures: listMeasures(doc),
    reactions: reactionsByMeasure(doc, null),
  }))
  const moderation = await registry.write({ workshopId, doc: 'ledger' }, readModeration)
  const dots = await store.voteTotals(workshopId)
  const bringable = new Map<string, BroughtInMeasure>()
  for (const card of moderatedCards(measures, moderation)) {
    if (!isBringable(card)) continue
    const { measure } = card
    bringable.set(measure.id, {
      measureId: measure.id,
      title: measure.title,
      description: measure.description,
      fieldOfAction: measure.fieldOfAction,
      proposedAt: measure.createdAt,
      dots: dots.get(measure.id) ?? 0,
      reactions: totalsOf(reactions.get(measure.id)),
    })
  }
  return { bringable, onBoard: new Set(measures.map((m) => m.id)) }
}
