import type { BoardCard, Participant } from '@pactboard/shared'
import type { ApiCaller } from '../api/apiCaller.ts'
import type { BoardDocs } from './useBoard.ts'

/**
 * The slots the workshop screen puts on the board: the board renders them without knowing what
 * they are (voting, moderation), so no feature imports another.
 */

/** What each card's slot receives: its voting and moderation controls. */
export interface CardSlotProps {
  card: BoardCard
  /** Every card this person sees, e.g. to choose the card a duplicate merges into. */
  cards: readonly BoardCard[]
  docs: BoardDocs
  me: Participant
  api: ApiCaller
}

/** What a panel beside or above the cards receives (dots left, the moderation queue). */
export interface BoardPanelProps {
  cards: readonly BoardCard[]
  docs: BoardDocs
  me: Participant
  api: ApiCaller
}
