import { afterEach } from 'vitest'
import type { Store } from './Store.ts'
import type { StoreHarness } from './storeTestKit.ts'

/**
 * The stores a contract test opens on one database, closed and the database disposed after each
 * test: one block for every part of the store contract, so each part says only what it checks.
 * Call it inside the part's `describe`.
 */
export interface OpenedStores {
  /** A fresh database, and a store open on it. */
  fresh(): Promise<Store>
  /** Another store on the same database, as a second instance opens it. */
  open(): Promise<Store>
  /** The database of the current test, read past the Store. */
  readonly harness: StoreHarness
}

export function openedStores(makeHarness: () => StoreHarness): OpenedStores {
  let current: StoreHarness | null = null
  const open: Store[] = []
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close()
    await current?.dispose()
    current = null
  })
  const stores: OpenedStores = {
    async fresh() {
      current = makeHarness()
      return stores.open()
    },
    async open() {
      if (!current) throw new Error('fresh() first: there is no database yet')
      const store = await current.open()
      open.push(store)
      return store
    },
    get harness() {
      if (!current) throw new Error('fresh() first: there is no database yet')
      return current
    },
  }
  return stores
}

/** Rejects like a synchronous store throws, so one expectation reads both stores. */
export const attempt = <T>(work: () => T | Promise<T>): Promise<T> => Promise.resolve().then(work)
