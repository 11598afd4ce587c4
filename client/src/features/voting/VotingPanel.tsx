import type { BoardPanelProps } from '../board/cardSlots.ts'

/** Above the board: one's own dots left in a vote phase; the ranking once results are revealed. */
export function VotingPanel(_props: BoardPanelProps) {
  return null
}
