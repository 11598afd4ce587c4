import type { BoardCard } from '@pactboard/shared'
import { useMemo, useRef } from 'react'

/** How long after its arrival a card still comes in with the arrival animation. */
const ARRIVAL_MS = 1000

/**
 * Which cards arrived while this person watched, so that only those come in with an animation:
 * a card that scrolls into view mounts again but did not arrive, and animating every row the
 * list mounts made a fling on a phone drop half its frames. The first cards the board shows
 * are the baseline; a card seen later counts as arrived for a second.
 */
export function useArrivals(cards: readonly BoardCard[]): (measureId: string) => boolean {
  const seen = useRef<{ known: Set<string>; arrivedAt: Map<string, number> } | null>(null)
  return useMemo(() => {
    const now = performance.now()
    if (seen.current === null) {
      if (cards.length > 0) {
        seen.current = { known: new Set(cards.map((c) => c.measure.id)), arrivedAt: new Map() }
      }
    } else {
      const { known, arrivedAt } = seen.current
      for (const [id, at] of arrivedAt) if (now - at > ARRIVAL_MS) arrivedAt.delete(id)
      for (const card of cards) {
        if (known.has(card.measure.id)) continue
        known.add(card.measure.id)
        arrivedAt.set(card.measure.id, now)
      }
    }
    const arrivedAt = seen.current?.arrivedAt
    return (measureId) => {
      const at = arrivedAt?.get(measureId)
      return at !== undefined && performance.now() - at < ARRIVAL_MS
    }
  }, [cards])
}
