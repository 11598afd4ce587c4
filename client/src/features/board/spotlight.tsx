import { useEffect } from 'react'
import { useInRouterContext, useSearchParams } from 'react-router-dom'
import type * as Y from 'yjs'
import { prefersReducedMotion } from '../../ui/prefersReducedMotion.ts'
import { useAgenda } from '../facilitation/useAgenda.ts'
import { cardElementId } from './MeasureCard.tsx'

/**
 * The facilitator's spotlight on one card (follow view 'measure'): every board marks it, and a
 * screen that followed the facilitator there (`?measure=<id>`, see followPath) scrolls to it.
 */

/** The card the facilitator brought everyone to, while that is where they are. */
export function useSpotlightId(control: Y.Doc): string | null {
  const { follow } = useAgenda(control)
  return follow?.view === 'measure' ? (follow.measureId ?? null) : null
}

function ScrollToLinkedCard({ shownIds }: { shownIds: ReadonlySet<string> }) {
  const [params] = useSearchParams()
  const id = params.get('measure')
  const present = id !== null && shownIds.has(id)
  useEffect(() => {
    if (!id || !present) return
    const element = document.getElementById(cardElementId(id))
    if (!element) return
    element.scrollIntoView?.({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    })
    element.focus({ preventScroll: true })
  }, [id, present])
  return null
}

/** Scrolls to the card named in the URL once it is on the board; nothing outside a router. */
export function ScrollToCard({ shownIds }: { shownIds: ReadonlySet<string> }) {
  return useInRouterContext() ? <ScrollToLinkedCard shownIds={shownIds} /> : null
}
