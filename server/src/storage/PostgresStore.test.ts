import { addComment, listMeasures } from '@pactboard/shared'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { connectClient, propose } from '../../test/helpers/clients.ts'
import {
  makeDatabase,
  pgHarness,
  pgHarnessOn,
  unreachable,
  where,
} from '../../test/helpers/postgresDatabase.ts'
import { startServer } from '../../test/helpers/server.ts'
import { adminQuery, IN_CI } from '../../test/helpers/services.ts'
import { waitFor } from '../../test/helpers/waitFor.ts'
import { PostgresStore } from './PostgresStore.ts'
import type { DocKey } from './Store.ts'
import { storeContract } from './storeContract.ts'
import {
  cellsHolding,
  makeWorkshop,
  materialise,
  type StoreHarness,
  updateSetting,
} from './storeTestKit.ts'

/**
 * The store contract and what only PostgreSQL has (batched appends, compaction beside another
 * process, the schema version), each test on a database of its own, dropped afterwards.
 * TEST_DATABASE_URL names the server and a database to connect to while creating them.
 */

describe.skipIf(unreachable !== null && !IN_CI)('PostgreSQL', () => {
  if (unreachable) {
    it('reaches PostgreSQL (CI must run the PostgreSQL store contract)', () => {
      throw new Error(`PostgreSQL not reachable at ${where}: ${unreachable}`)
    })
    return
  }

  storeContract('PostgreSQL', pgHarness)

  describe('PostgresStore', () => {
    const board: DocKey = { workshopId: 'w-1', doc: 'board' }
    const plan: DocKey = { workshopId: 'w-1', doc: 'plan' }
    let database: ReturnType<typeof makeDatabase>
    const stores: PostgresStore[] = []
    const open = async () => {
      const store = await PostgresStore.open(await database.url(), { maxConnections: 4 })
      stores.push(store)
      return store
    }
    const sql = async (text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: await database.url() })
      await client.connect()
      try {
        return await client.query(text, values)
      } finally {
        await client.end()
      }
    }

    beforeEach(() => {
      database = makeDatabase()
    })
    afterEach(async () => {
      vi.restoreAllMocks()
      for (const store of stores.splice(0)) await store.close()
      await database.drop()
    })

    const fresh = async () => {
      const store = await open()
      await store.createWorkshop(makeWorkshop(), 'ACDEFG')
      return store
    }

    it('[D1] writes appends issued in one tick with one INSERT, each doc its seqs in call order', async () => {
      const store = await fresh()
      const query = vi.spyOn(pg.Pool.prototype, 'query')
      const keys = [board, plan, board, board, plan, board]
      const seqs = await Promise.all(
        keys.map((key, i) => store.appendUpdate(key, updateSetting(`k${i}`, i))),
      )
      const inserts = query.mock.calls.filter(([text]) =>
        String(text).startsWith('INSERT INTO doc_updates'),
      )
      expect(inserts).toHaveLength(1)
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
      expect(new Set(seqs).size).toBe(keys.length)
      const loaded = await store.loadDoc(board)
      expect(loaded.lastSeq).toBe(seqs[5])
      expect(materialise(loaded.updates)).toEqual({ k0: 0, k2: 2, k3: 3, k5: 5 })
    })

    it('[D1] refuses only the append for an unknown workshop in a shared batch', async () => {
      const store = await fresh()
      const ghost: DocKey = { workshopId: 'ghost', doc: 'board' }
      const results = await Promise.allSettled([
        store.appendUpdate(board, updateSetting('a', 1)),
        store.appendUpdate(ghost, updateSetting('b', 2)),
        store.appendUpdate(board, updateSetting('c', 3)),
      ])
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
      expect(results[1]).toMatchObject({ reason: { name: 'UnknownWorkshopError' } })
      expect(materialise((await store.loadDoc(board)).updates)).toEqual({ a: 1, c: 3 })
    })

    it('writes every accepted append before close resolves', async () => {
      const store = await fresh()
      const appended = [1, 2, 3].map((i) => store.appendUpdate(board, updateSetting(`k${i}`, i)))
      await store.close()
      expect(await Promise.all(appended)).toHaveLength(3)
      const reopened = await open()
      expect((await reopened.docStats(board)).updates).toBe(3)
    })

    it('compacts only its doc and only up to the seq, keeping what another process appended', async () => {
      const mine = await fresh()
      const other = await open()
      const own: Uint8Array[] = []
      const append = async (store: PostgresStore, key: DocKey, update: Uint8Array) =>
        store.appendUpdate(key, update)
      own.push(updateSetting('mine1', 1))
      await append(mine, board, own[0]!)
      // appended by the other process; this doc never saw it
      await append(other, board, updateSetting('theirs', 2))
      own.push(updateSetting('mine2', 3))
      const upToSeq = await append(mine, board, own[1]!)
      await append(other, plan, updateSetting('plan', 4))
      const later = await append(other, board, updateSetting('later', 5))
      await mine.compact(board, Y.mergeUpdates(own), upToSeq)

      expect(await mine.docStats(board)).toEqual({ updates: 1, hasSnapshot: true })
      expect(await mine.docStats(plan)).toEqual({ updates: 1, hasSnapshot: false })
      const loaded = await mine.loadDoc(board)
      expect(loaded.lastSeq).toBe(later)
      expect(materialise(loaded.updates)).toEqual({ mine1: 1, theirs: 2, mine2: 3, later: 5 })
    })

    it('keeps what an earlier snapshot held when another process compacts over it', async () => {
      const mine = await fresh()
      const other = await open()
      const theirs = updateSetting('theirs', 1)
      const theirSeq = await other.appendUpdate(board, theirs)
      await other.compact(board, theirs, theirSeq)
      const own = updateSetting('mine', 2)
      const ownSeq = await mine.appendUpdate(board, own)
      await mine.compact(board, own, ownSeq)
      expect(materialise((await mine.loadDoc(board)).updates)).toEqual({ theirs: 1, mine: 2 })
    })

    it('compacts a doc in one instance at a time; a crashed instance holds nothing back', async () => {
      const store = await fresh()
      await store.appendUpdate(board, updateSetting('a', 1))
      const seq = await store.appendUpdate(board, updateSetting('b', 2))
      // Another instance, mid-compaction of the board: its transaction holds the doc's lock.
      const other = new pg.Client({ connectionString: await database.url() })
      await other.connect()
      other.on('error', () => {})
      await other.query('BEGIN')
      await other.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
        'compact',
        'w-1/board',
      ])
      expect(await store.compact(board, updateSetting('b', 2), seq)).toBe(false)
      expect(await store.docStats(board)).toEqual({ updates: 2, hasSnapshot: false })
      // Another doc is not held up by it.
      const planSeq = await store.appendUpdate(plan, updateSetting('p', 3))
      expect(await store.compact(plan, updateSetting('p', 3), planSeq)).toBe(true)

      // The other instance dies mid-transaction: no COMMIT, no ROLLBACK, its socket just ends.
      const pid = (await other.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!
      ;(
        other as unknown as { connection: { stream: { destroy(): void } } }
      ).connection.stream.destroy()
      await waitFor(
        async () =>
          (await sql('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid.pid])).rowCount === 0,
        'the database to end the dead session',
      )
      const loaded = await store.loadDoc(board)
      expect(await store.compact(board, Y.mergeUpdates(loaded.updates), loaded.lastSeq)).toBe(true)
      expect(await store.docStats(board)).toEqual({ updates: 0, hasSnapshot: true })
      expect(materialise((await store.loadDoc(board)).updates)).toEqual({ a: 1, b: 2 })
    })

    it('loads an update whose seq is below the snapshot but that committed after it', async () => {
      const store = await fresh()
      const first = await store.appendUpdate(board, updateSetting('a', 1))
      const second = await store.appendUpdate(board, updateSetting('b', 2))
      await store.compact(board, updateSetting('b', 2), second)
      // As a row whose seq was drawn before the compaction commits after it.
      await sql(
        `INSERT INTO doc_updates (seq, workshop_id, doc, bytes) OVERRIDING SYSTEM VALUE
         VALUES ($1, 'w-1', 'board', $2)`,
        [first, Buffer.from(updateSetting('late', 3))],
      )
      const loaded = await store.loadDoc(board)
      expect(materialise(loaded.updates)).toEqual({ a: 1, b: 2, late: 3 })
      expect(loaded.lastSeq).toBe(second)
      await store.compact(board, Y.mergeUpdates(loaded.updates), loaded.lastSeq)
      expect(await store.docStats(board)).toEqual({ updates: 0, hasSnapshot: true })
      expect(materialise((await store.loadDoc(board)).updates)).toEqual({ a: 1, b: 2, late: 3 })
    })

    it('creates the schema once when two processes open a new database together', async () => {
      const [a, b] = await Promise.all([open(), open()])
      await a.createWorkshop(makeWorkshop(), 'ACDEFG')
      expect((await b.getWorkshop('w-1'))?.joinCode).toBe('ACDEFG')
      const { rows } = await sql('SELECT version FROM schema_version')
      expect(rows).toEqual([{ version: 6 }])
    })

    it('refuses to run on a database of a newer schema', async () => {
      const store = await open()
      await store.close()
      await sql('UPDATE schema_version SET version = 99')
      await expect(open()).rejects.toThrow(/schema 99 is newer/)
    })

    it('removes a workshop with everything of it (ON DELETE CASCADE)', async () => {
      const store = await fresh()
      await store.appendUpdate(board, updateSetting('a', 1))
      await store.changeDot(
        'w-1',
        { participantId: 'p-1', measureId: 'm-1', delta: 1 },
        { budgetPerParticipant: 5, maxPerMeasure: 3 },
      )
      await store.revokeParticipant('w-1', 'p-2', '2026-03-03T19:00:00.000Z')
      await sql(`DELETE FROM workshops WHERE id = 'w-1'`)
      const { rows } = await sql(
        `SELECT (SELECT count(*) FROM doc_updates) + (SELECT count(*) FROM votes)
           + (SELECT count(*) FROM revoked_participants) AS n`,
      )
      expect(Number(rows[0].n)).toBe(0)
    })

    it('[P20] never lets a merge and casts racing from two processes pass the budget', async () => {
      const store = await fresh()
      const other = await open()
      const limits = { budgetPerParticipant: 4, maxPerMeasure: 4 }
      const cast = (s: PostgresStore, measureId: string) =>
        s.changeDot('w-1', { participantId: 'p-anna', measureId, delta: 1 }, limits)
      await cast(store, 'dup')
      await cast(store, 'dup')
      const racing = [
        store.moveDots('w-1', 'dup', 'keep'),
        ...Array.from({ length: 6 }, (_, i) => cast(i % 2 ? store : other, i % 2 ? 'keep' : 'x')),
      ]
      await Promise.all(racing)
      let spent = 0
      for (const count of (await store.dotsOf('w-1', 'p-anna')).values()) spent += count
      expect(spent).toBe(4)
      expect((await store.dotsOf('w-1', 'p-anna')).get('dup')).toBeUndefined()
    })
  })

  describe('DATABASE_URL', () => {
    it('[G2] erases a person through a server on PostgreSQL: their name and words in no row afterwards', async () => {
      const database = makeDatabase()
      const harness: StoreHarness = {
        ...pgHarnessOn(database),
        open: () => Promise.reject(),
        dispose: () => {},
      }
      try {
        const server = await startServer(
          { DATABASE_URL: await database.url() },
          { compactAfterUpdates: 2 },
        )
        try {
          const created = await server.createWorkshop()
          const anna = await server.join(created.joinCode, { displayName: 'Anna Lindqvist' })
          const client = connectClient(server.syncUrl, created.workshop.id, 'board', anna.token)
          await client.synced()
          const measure = propose(client, 'Bike lanes on Storgatan')
          addComment(client.doc, {
            measureId: measure.id,
            authorParticipantId: anna.participant.id,
            text: 'I live at Storgatan 12',
          })
          await waitFor(
            async () => (await cellsHolding(harness, 'Storgatan 12')).length > 0,
            'the comment stored',
          )
          const erased = await server.app.inject({
            method: 'POST',
            url: `/api/workshops/${created.workshop.id}/participants/${anna.participant.id}/erase`,
            headers: { authorization: `Bearer ${created.facilitatorToken}` },
          })
          expect(erased.statusCode).toBe(200)
          client.destroy()
          expect(await cellsHolding(harness, 'Anna Lindqvist')).toEqual([])
          expect(await cellsHolding(harness, 'Storgatan 12')).toEqual([])
          expect(await cellsHolding(harness, 'Bike lanes on Storgatan')).not.toEqual([])
        } finally {
          await server.close()
        }
      } finally {
        await database.drop()
      }
    })

    it('[D1] runs two servers on one database: what one stores the other reads; closing frees the pool', async () => {
      const database = makeDatabase()
      try {
        // One secret, as instances behind one load balancer share it.
        const env = { DATABASE_URL: await database.url(), PACTBOARD_SECRET: 's'.repeat(48) }
        const a = await startServer(env)
        const b = await startServer(env)
        try {
          const created = await a.createWorkshop()
          const joined = await b.join(created.joinCode)
          const client = connectClient(a.syncUrl, created.workshop.id, 'board', joined.token)
          await client.synced()
          propose(client, 'Bike lanes on Storgatan')
          await waitFor(async () => {
            const board = await b.storedDoc(created.workshop.id, 'board')
            return listMeasures(board).some((m) => m.title === 'Bike lanes on Storgatan')
          }, 'the proposal in the store')
          client.destroy()
        } finally {
          await a.close()
          await b.close()
        }
        const { rows } = await adminQuery(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${database.name}'`,
        )
        expect(rows).toEqual([{ n: 0 }])
      } finally {
        await database.drop()
      }
    })
  })
})
