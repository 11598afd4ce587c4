import type { Workshop } from '@pactboard/shared'
import { makeWorkshop as makeSharedWorkshop } from '@pactboard/shared/test/fixtures'
import * as Y from 'yjs'
import type { Store, StoredInvite, StoredVersion } from './Store.ts'
import { NON_WORKSHOP_TABLES, WORKSPACE_TABLES } from './workshopTables.ts'

/**
 * What the store contract's parts share: the harness a store is tested on, the records they
 * make, and reads of the database past the Store. A harness gives each test a fresh, empty
 * location; `open` may be called again on it to check what survives a reopen.
 */
export interface StoreHarness {
  open(): Store | Promise<Store>
  dispose(): void | Promise<void>
  /** The database's own list of its tables and their columns, read past the Store. */
  tables(): Promise<{ name: string; columns: string[] }[]>
  /** Every row of a table, read past the Store. */
  rows(table: string): Promise<Record<string, unknown>[]>
}

/** [G1] Rows of the workshop in every table the database has (bookkeeping tables aside). */
export async function rowsOfWorkshop(
  harness: StoreHarness,
  workshopId: string,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { name } of await harness.tables()) {
    if ((NON_WORKSHOP_TABLES as readonly string[]).includes(name)) continue
    if ((WORKSPACE_TABLES as readonly string[]).includes(name)) continue
    const column = name === 'workshops' ? 'id' : 'workshop_id'
    counts[name] = (await harness.rows(name)).filter((row) => row[column] === workshopId).length
  }
  return counts
}

/** [G2] `table.column` of every cell whose bytes or text hold `text` (UTF-8), read past the Store. */
export async function cellsHolding(harness: StoreHarness, text: string): Promise<string[]> {
  const needle = Buffer.from(text, 'utf8')
  const found: string[] = []
  for (const { name } of await harness.tables()) {
    for (const row of await harness.rows(name)) {
      for (const [column, value] of Object.entries(row)) {
        const bytes =
          value instanceof Uint8Array
            ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
            : Buffer.from(typeof value === 'string' ? value : JSON.stringify(value ?? null))
        if (bytes.includes(needle)) found.push(`${name}.${column}`)
      }
    }
  }
  return found
}

/** A Swedish workshop, so that stored text round-trips beyond ASCII. */
export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return makeSharedWorkshop({ title: 'Climate evening', language: 'sv', ...overrides })
}

/** An update setting `key` in a map `m`: a doc update small enough to read back by eye. */
export function updateSetting(key: string, value: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

/** The map `m` that `updates` build, as JSON. */
export function materialise(updates: Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

export function makeInvite(overrides: Partial<StoredInvite> = {}): StoredInvite {
  return {
    id: 'i-1',
    workshopId: 'w-1',
    role: 'planner',
    createdAt: '2026-03-03T19:00:00.000Z',
    expiresAt: '2026-03-10T19:00:00.000Z',
    createdBy: 'p-1',
    revokedAt: null,
    actorId: null,
    ...overrides,
  }
}

export function makeVersion(id: string, snapshot: Uint8Array): StoredVersion {
  return {
    id,
    name: `Draft ${id}`,
    authorId: 'p-1',
    authorName: 'Planner Petra',
    createdAt: '2026-03-03T19:00:00.000Z',
    snapshot,
  }
}
