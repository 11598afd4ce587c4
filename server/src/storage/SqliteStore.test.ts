import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { SqliteStore } from './SqliteStore.ts'
import { makeWorkshop, storeContract } from './storeContract.ts'

storeContract('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactboard-store-'))
  return {
    open: () => new SqliteStore(join(dir, 'pactboard.sqlite')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
})

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
