import type { Workshop } from '@pactboard/shared'

/**
 * The shapes the whole store and each of its parts (accounts, candidates, libraries,
 * organisations, publications) speak in, apart from Store.ts, which gathers the parts.
 */

/** SQLite answers at once, PostgreSQL later: callers take both. */
export type MaybePromise<T> = T | Promise<T>

export interface StoredWorkshop {
  workshop: Workshop
  joinCode: string
}
