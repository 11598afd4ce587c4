import { useEffect, useRef } from 'react'
import { useLocation } from './router.tsx'

/**
 * After a move to another screen inside the app, focus goes to the new screen's main heading,
 * as it would on a page load: a keyboard or screen reader user starts at the top of what
 * changed instead of on a link that is gone. The first screen keeps the browser's own focus;
 * a change of query or hash alone (a filter, a card) is not a new screen.
 */
export function useFocusOnNavigation(): void {
  const { pathname } = useLocation()
  const first = useRef(true)
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new pathname, by design
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // After the new screen has rendered (lazy screens render their heading a little later).
    const frame = requestAnimationFrame(() => {
      const heading = document.querySelector<HTMLElement>('main h1')
      if (!heading) return
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1')
      heading.focus()
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}
