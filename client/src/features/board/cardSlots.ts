import type { BoardCard, Participant } from '@pactboard/shared'
import type { BoardDocs } from './useBoard.ts'

/** The workshop's HTTP API as one person calls it (votes, moderation). */
export interface WorkshopApi {
  workshopId: string
  token: string
}

/** What the board hands to each card's voting and moderation controls. */
export interface CardSlotProps {
  card: BoardCard
  /** Every card this person sees, e.g. to choose the card a duplicate merges into. */
  cards: readonly BoardCard[]
  docs: BoardDocs
  me: Participant
  api: WorkshopApi
}

/** What the board hands to the panels above the cards (dots left, the moderation queue). */
export interface BoardPanelProps {
  cards: readonly BoardCard[]
  docs: BoardDocs
  me: Participant
  api: WorkshopApi
}
