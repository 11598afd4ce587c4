import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { encodeRecord } from './AppendJournal.ts'
import { SqliteStore } from './SqliteStore.ts'
import { storeContract } from './storeContract.ts'
import { makeWorkshop, materialise, type StoreHarness, updateSetting } from './storeTestKit.ts'

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

describe('[D1] SQLite appends through the update journal', () => {
  const board = { workshopId: 'w-1', doc: 'board' } as const
  const journalBytes = (path: string) => statSync(`${path}.appends`).size
  const updateRows = (path: string) =>
    readDirectly(path, (db) => db.prepare('SELECT count(*) AS n FROM doc_updates').get()) as {
      n: number
    }

  it('keeps an update acknowledged just before kill -9, though SQLite did not hold it yet', () => {
    const harness = sqliteHarness()
    try {
      const setup = new SqliteStore(harness.path)
      setup.createWorkshop(makeWorkshop(), 'ACDEFG')
      setup.close()
      const child = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          new URL('./killAfterAppend.mts', import.meta.url).pathname,
          harness.path,
        ],
        { encoding: 'utf8', timeout: 30_000 },
      )
      expect(child.signal, child.stderr).toBe('SIGKILL')
      const acknowledged = JSON.parse(child.stdout) as { seq: number; rowsInSqlite: number }
      // the window is real: acknowledged, relayable, and not in SQLite when the process died
      expect(acknowledged.rowsInSqlite).toBe(0)
      expect(journalBytes(harness.path)).toBeGreaterThan(0)

      const reopened = new SqliteStore(harness.path)
      const loaded = reopened.loadDoc(board)
      expect(materialise(loaded.updates)).toEqual({ acknowledged: 1 })
      expect(loaded.lastSeq).toBe(acknowledged.seq)
      expect(journalBytes(harness.path)).toBe(0)
      // the next append follows it, never reusing its seq
      expect(reopened.appendUpdate(board, updateSetting('next', 2))).toBeGreaterThan(
        acknowledged.seq,
      )
      reopened.close()
    } finally {
      harness.dispose()
    }
  })

  it('moves in the whole records a torn journal holds, once, and nothing of a deleted workshop', () => {
    const harness = sqliteHarness()
    try {
      const setup = new SqliteStore(harness.path)
      setup.createWorkshop(makeWorkshop(), 'ACDEFG')
      const stored = setup.appendUpdate(board, updateSetting('stored', 1))
      setup.close()
      const frames = [
        // reached SQLite before the process died: not stored twice
        { seq: stored, key: board, update: updateSetting('stored', 1) },
        { seq: stored + 1, key: board, update: updateSetting('journalled', 2) },
        {
          seq: stored + 2,
          key: { workshopId: 'w-gone', doc: 'board' as const },
          update: updateSetting('gone', 3),
        },
        { seq: stored + 3, key: board, update: updateSetting('torn', 4) },
      ].map(encodeRecord)
      const file = Buffer.concat(frames)
      writeFileSync(`${harness.path}.appends`, file.subarray(0, file.byteLength - 3))

      const reopened = new SqliteStore(harness.path)
      expect(updateRows(harness.path).n).toBe(2)
      expect(materialise(reopened.loadDoc(board).updates)).toEqual({ stored: 1, journalled: 2 })
      reopened.close()
    } finally {
      harness.dispose()
    }
  })

  it('shows an acknowledged update to every read in the same task, and empties the journal then', () => {
    const harness = sqliteHarness()
    const store = new SqliteStore(harness.path)
    try {
      store.createWorkshop(makeWorkshop(), 'ACDEFG')
      const seq = store.appendUpdate(board, updateSetting('k', 1))
      expect(journalBytes(harness.path)).toBeGreaterThan(0)
      expect(store.docStats(board).updates).toBe(1)
      expect(journalBytes(harness.path)).toBe(0)
      store.appendUpdate(board, updateSetting('k', 2))
      store.compact(board, updateSetting('k', 2), seq)
      expect(materialise(store.loadDoc(board).updates)).toEqual({ k: 2 })
    } finally {
      store.close()
      harness.dispose()
    }
  })

  it('moves what one task appended into SQLite together, once that task is done', async () => {
    const harness = sqliteHarness()
    const store = new SqliteStore(harness.path)
    try {
      store.createWorkshop(makeWorkshop(), 'ACDEFG')
      for (let i = 0; i < 3; i++) store.appendUpdate(board, updateSetting(`k${i}`, i))
      expect(updateRows(harness.path).n).toBe(0)
      await Promise.resolve()
      expect(updateRows(harness.path).n).toBe(3)
      expect(journalBytes(harness.path)).toBe(0)
    } finally {
      store.close()
      harness.dispose()
    }
  })

  it('[G1] refuses an append to a deleted workshop, and leaves none of its bytes in the journal', () => {
    const harness = sqliteHarness()
    const store = new SqliteStore(harness.path)
    try {
      store.createWorkshop(makeWorkshop(), 'ACDEFG')
      store.appendUpdate(board, new TextEncoder().encode('a name to forget'))
      store.deleteWorkshop('w-1')
      expect(readFileSync(`${harness.path}.appends`).byteLength).toBe(0)
      expect(() => store.appendUpdate(board, updateSetting('late', 1))).toThrow(/w-1/)
      expect(journalBytes(harness.path)).toBe(0)
    } finally {
      store.close()
      harness.dispose()
    }
  })
})
