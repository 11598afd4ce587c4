import type { CardSlotProps } from '../board/cardSlots.ts'

/** A card's dots: cast and take back one's own; the tally once the facilitator reveals it. */
export function CardVotes(_props: CardSlotProps) {
  return null
}
