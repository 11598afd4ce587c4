import { areResultsRevealed, getAgendaState, measureProposers } from '@pactboard/shared'
import type * as Y from 'yjs'

/**
 * What a screen reader user is told of what others do in the room: what changed between two
 * looks at the docs. Pure, so each rule is tested without a browser.
 */

export interface RoomLook {
  phaseId: string | null
  phaseTitle: string | null
  resultsRevealed: boolean
  /** The facilitator's "bring everyone here" requests so far. */
  followSequence: number
  /** Proposals on the board, by id, with who proposed them. */
  proposers: ReadonlyMap<string, string>
}

export type Announcement =
  | { kind: 'phase'; title: string }
  | { kind: 'resultsRevealed' }
  | { kind: 'brought' }
  | { kind: 'newProposals'; count: number }

export function lookAt(control: Y.Doc, board: Y.Doc): RoomLook {
  const agenda = getAgendaState(control)
  return {
    phaseId: agenda.currentPhaseId ?? null,
    phaseTitle: agenda.currentPhase?.title ?? null,
    resultsRevealed: areResultsRevealed(control),
    followSequence: agenda.follow?.sequence ?? 0,
    proposers: measureProposers(board),
  }
}

/**
 * What changed from `before` to `after` that `me` did not do: a new phase, results revealed,
 * being brought somewhere, and how many proposals of others arrived (one count, never one
 * announcement per card).
 */
export function announcementsBetween(
  before: RoomLook,
  after: RoomLook,
  me: string,
): Announcement[] {
  const found: Announcement[] = []
  if (after.phaseId !== before.phaseId && after.phaseTitle !== null) {
    found.push({ kind: 'phase', title: after.phaseTitle })
  }
  if (after.resultsRevealed && !before.resultsRevealed) found.push({ kind: 'resultsRevealed' })
  if (after.followSequence > before.followSequence) found.push({ kind: 'brought' })
  let arrived = 0
  for (const [id, proposer] of after.proposers) {
    if (!before.proposers.has(id) && proposer !== me) arrived++
  }
  if (arrived > 0) found.push({ kind: 'newProposals', count: arrived })
  return found
}
