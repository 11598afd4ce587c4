import type { CardSlotProps } from '../board/cardSlots.ts'

/** A card's moderation: approve, hide, merge (facilitator); report (everyone else). */
export function CardModeration(_props: CardSlotProps) {
  return null
}
