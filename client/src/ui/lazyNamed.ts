import { type ComponentType, type LazyExoticComponent, lazy } from 'react'

/**
 * A named export as a lazy component: its module (and what only it imports) becomes a chunk of
 * its own, fetched the first time it renders, so a phone that never shows it never downloads it.
 */
export function lazyNamed<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() => load().then((module) => ({ default: module[name] })))
}
