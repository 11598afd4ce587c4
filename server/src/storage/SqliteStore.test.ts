import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SqliteStore } from './SqliteStore.ts'
import { storeContract } from './storeContract.ts'
import { makeWorkshop, type StoreHarness } from './storeTestKit.ts'

/** The file read with a connection of its own, as anyone with the file could read it. */
function readDirectly<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path)
  try {
    return read(db)
  } finally {
    db.close()
  }
}

function sqliteHarness(): StoreHarness & { path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pactboard-store-'))
  const path = join(dir, 'pactboard.sqlite')
  return {
    path,
    open: () => new SqliteStore(path),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
    tables: async () =>
      readDirectly(path, (db) =>
        db
          .prepare<[], { name: string }>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
          )
          .all()
          .map(({ name }) => ({
            name,
            columns: (db.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name),
          })),
      ),
    rows: async (table) =>
      readDirectly(path, (db) =>
        db.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all(),
      ),
  }
}

storeContract('SQLite', sqliteHarness)

describe('SQLite schema upgrade', () => {
  it('adds join_locked and the later tables to a database of schema 2, joining open', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactboard-store-'))
    const path = join(dir, 'pactboard.sqlite')
    try {
      const old = new Database(path)
      old.exec(`CREATE TABLE workshops (id TEXT PRIMARY KEY, title TEXT NOT NULL, city TEXT NOT NULL,
        language TEXT NOT NULL, template TEXT NOT NULL, settings TEXT NOT NULL,
        join_code TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, phase TEXT) STRICT`)
      const { settings, ...w } = makeWorkshop()
      old
        .prepare('INSERT INTO workshops VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(
          w.id,
          w.title,
          w.city,
          w.language,
          w.template,
          JSON.stringify(settings),
          'ACDEFG',
          w.createdAt,
          null,
        )
      old.pragma('user_version = 2')
      old.close()
      const store = new SqliteStore(path)
      expect(store.getWorkshop('w-1')?.workshop.joinLocked).toBe(false)
      store.revokeParticipant('w-1', 'p-1', '2026-03-03T19:00:00.000Z')
      expect(store.isParticipantRevoked('w-1', 'p-1')).toBe(true)
      store.putVotes('w-1', [{ participantId: 'p-1', measureId: 'm-1', count: 2 }])
      expect(store.voteTotals('w-1')).toEqual(new Map([['m-1', 2]]))
      store.close()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('SQLite compaction and the WAL', () => {
  it('[G2] a routine compaction leaves the WAL to SQLite; forgetDeleted empties it into the file', () => {
    const harness = sqliteHarness()
    const store = new SqliteStore(harness.path)
    try {
      store.createWorkshop(makeWorkshop(), 'ACDEFG')
      const key = { workshopId: 'w-1', doc: 'board' } as const
      const secret = new TextEncoder().encode('a name to forget')
      const seq = store.appendUpdate(key, secret)
      const walBytes = () => statSync(`${harness.path}-wal`).size
      store.compact(key, new Uint8Array([0, 0]), seq)
      // no checkpoint and no fsync on the room's path every few hundred updates
      expect(walBytes()).toBeGreaterThan(0)
      store.forgetDeleted()
      expect(walBytes()).toBe(0)
      expect(readFileSync(harness.path).includes(Buffer.from(secret))).toBe(false)
    } finally {
      store.close()
      harness.dispose()
    }
  })
})
