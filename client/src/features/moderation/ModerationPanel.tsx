import type { BoardPanelProps } from '../board/cardSlots.ts'

/** Above the board: the facilitator's queue and reports; silent mode as everyone sees it. */
export function ModerationPanel(_props: BoardPanelProps) {
  return null
}
