/** Whether the person asked their system for less motion: no scrolling glides, no growing bars. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}
