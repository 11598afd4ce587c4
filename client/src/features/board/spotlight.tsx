import { useEffect } from 'react'
import type * as Y from 'yjs'
import { useInRouterContext, useSearchParams } from '../../app/router.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'

/**
 * The facilitator's spotlight on one card (follow view 'measure'): every board marks it, and a
 * screen that followed the facilitator there (`?measure=<id>`, see followPath) scrolls to it.
 */

/** The card the facilitator brought everyone to, while that is where they are. */
export function useSpotlightId(control: Y.Doc): string | null {
  const { follow } = useAgenda(control)
  return follow?.view === 'measure' ? (follow.measureId ?? null) : null
}

function LinkedCardParam({ onChange }: { onChange: (id: string | null) => void }) {
  const [params] = useSearchParams()
  const id = params.get('measure')
  useEffect(() => onChange(id), [id, onChange])
  return null
}

/** Tells the board which card the URL names (`?measure=`); nothing outside a router. */
export function LinkedCard({ onChange }: { onChange: (id: string | null) => void }) {
  return useInRouterContext() ? <LinkedCardParam onChange={onChange} /> : null
}
