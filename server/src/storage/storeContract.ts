import type { Workshop } from '@pactboard/shared'
import { makeWorkshop as makeSharedWorkshop } from '@pactboard/shared/test/fixtures'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { accountContract, makeAccount, makeWorkspace } from './accounts/accountContract.ts'
import { candidateContract, makeBroughtIn } from './candidates/candidateContract.ts'
import { libraryContract } from './libraries/libraryContract.ts'
import { openedStores } from './openedStores.ts'
import { organisationContract } from './organisations/organisationContract.ts'
import { publicationContract } from './publications/publicationContract.ts'
import {
  type DocKey,
  JoinCodeTakenError,
  type Store,
  type StoredInvite,
  type StoredVersion,
  UnknownWorkshopError,
} from './Store.ts'
import { NON_WORKSHOP_TABLES, WORKSHOP_TABLES, WORKSPACE_TABLES } from './workshopTables.ts'

/**
 * The one suite every Store passes (SQLite and PostgreSQL). A harness gives each test a
 * fresh, empty location; `open` may be called again on it to check what survives a reopen.
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

function makeInvite(overrides: Partial<StoredInvite> = {}): StoredInvite {
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

function makeVersion(id: string, snapshot: Uint8Array): StoredVersion {
  return {
    id,
    name: `Draft ${id}`,
    authorId: 'p-1',
    authorName: 'Planner Petra',
    createdAt: '2026-03-03T19:00:00.000Z',
    snapshot,
  }
}

export function storeContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    const board: DocKey = { workshopId: 'w-1', doc: 'board' }

    const fresh = async () => {
      const store = await stores.fresh()
      await store.createWorkshop(makeWorkshop(), 'ACDEFG')
      return store
    }

    it('finds a workshop by id and by join code, and nothing for unknown ones', async () => {
      const store = await fresh()
      expect(await store.getWorkshop('w-1')).toEqual({
        workshop: makeWorkshop(),
        joinCode: 'ACDEFG',
      })
      expect((await store.findWorkshopByJoinCode('ACDEFG'))?.workshop.id).toBe('w-1')
      expect(await store.getWorkshop('nope')).toBeNull()
      expect(await store.findWorkshopByJoinCode('QQQQQQ')).toBeNull()
    })

    it('refuses a join code another workshop has', async () => {
      const store = await fresh()
      await expect(
        Promise.resolve().then(() => store.createWorkshop(makeWorkshop({ id: 'w-2' }), 'ACDEFG')),
      ).rejects.toBeInstanceOf(JoinCodeTakenError)
    })

    it('returns appended updates in order with the last seq', async () => {
      const store = await fresh()
      const seqs = []
      for (let i = 0; i < 5; i++) seqs.push(await store.appendUpdate(board, updateSetting('k', i)))
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
      const loaded = await store.loadDoc(board)
      expect(loaded.updates).toHaveLength(5)
      expect(loaded.lastSeq).toBe(seqs.at(-1))
      expect(loaded.updatesSinceSnapshot).toBe(5)
    })

    it('keeps the docs of a workshop apart', async () => {
      const store = await fresh()
      await store.appendUpdate(board, updateSetting('board', 1))
      expect((await store.loadDoc({ workshopId: 'w-1', doc: 'plan' })).updates).toEqual([])
      expect((await store.loadDoc({ workshopId: 'w-1', doc: 'plan' })).lastSeq).toBe(0)
    })

    it('never creates storage for a workshop that does not exist', async () => {
      const store = await fresh()
      const ghost: DocKey = { workshopId: 'ghost', doc: 'board' }
      await expect(
        Promise.resolve().then(() => store.appendUpdate(ghost, updateSetting('k', 1))),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
      expect(await store.docStats(ghost)).toEqual({ updates: 0, hasSnapshot: false })
    })

    it('compacts updates up to a seq into a snapshot and keeps later ones', async () => {
      const store = await fresh()
      const all: Uint8Array[] = []
      let upTo = 0
      for (let i = 0; i < 4; i++) {
        const update = updateSetting(`k${i}`, i)
        all.push(update)
        const seq = await store.appendUpdate(board, update)
        if (i === 2) upTo = seq
      }
      await store.compact(board, Y.mergeUpdates(all.slice(0, 3)), upTo)
      expect(await store.docStats(board)).toEqual({ updates: 1, hasSnapshot: true })
      const loaded = await store.loadDoc(board)
      expect(loaded.updates).toHaveLength(2)
      expect(loaded.updatesSinceSnapshot).toBe(1)
      expect(materialise(loaded.updates)).toEqual({ k0: 0, k1: 1, k2: 2, k3: 3 })
    })

    it('keeps workshops, updates and snapshots across a reopen', async () => {
      const first = await fresh()
      const seq = await first.appendUpdate(board, updateSetting('a', 1))
      await first.compact(board, updateSetting('a', 1), seq)
      await first.appendUpdate(board, updateSetting('b', 2))
      await first.close()
      const second = await open()
      expect((await second.getWorkshop('w-1'))?.joinCode).toBe('ACDEFG')
      expect(materialise((await second.loadDoc(board)).updates)).toEqual({ a: 1, b: 2 })
    })

    it('keeps named versions of a doc, lists them newest first and returns their snapshot', async () => {
      const store = await fresh()
      const plan: DocKey = { workshopId: 'w-1', doc: 'plan' }
      // same createdAt on purpose: saving order decides, not the clock
      for (const [i, id] of ['v1', 'v2', 'v3'].entries()) {
        await store.saveVersion(plan, makeVersion(id, updateSetting('k', i)))
      }
      const { snapshot: _, ...info } = makeVersion('v3', new Uint8Array())
      const listed = await store.listVersions(plan)
      expect(listed.map((v) => v.id)).toEqual(['v3', 'v2', 'v1'])
      expect(listed[0]).toEqual(info)
      const v2 = await store.getVersion(plan, 'v2')
      expect(v2?.name).toBe('Draft v2')
      expect(materialise([v2!.snapshot])).toEqual({ k: 1 })
      expect(await store.getVersion(plan, 'nope')).toBeNull()
      expect(await store.getVersion(board, 'v2')).toBeNull()
      expect(await store.listVersions(board)).toEqual([])
    })

    it('never overwrites a version, nor keeps one for a workshop that does not exist', async () => {
      const store = await fresh()
      const plan: DocKey = { workshopId: 'w-1', doc: 'plan' }
      await store.saveVersion(plan, makeVersion('v1', updateSetting('k', 1)))
      await expect(
        Promise.resolve().then(() =>
          store.saveVersion(plan, makeVersion('v1', updateSetting('k', 2))),
        ),
      ).rejects.toThrow()
      expect(materialise([(await store.getVersion(plan, 'v1'))!.snapshot])).toEqual({ k: 1 })
      const ghost: DocKey = { workshopId: 'ghost', doc: 'plan' }
      await expect(
        Promise.resolve().then(() =>
          store.saveVersion(ghost, makeVersion('v2', updateSetting('k', 1))),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
    })

    it('keeps versions across a reopen', async () => {
      const first = await fresh()
      const plan: DocKey = { workshopId: 'w-1', doc: 'plan' }
      await first.saveVersion(plan, makeVersion('v1', updateSetting('k', 7)))
      await first.close()
      const second = await open()
      expect(materialise([(await second.getVersion(plan, 'v1'))!.snapshot])).toEqual({ k: 7 })
    })

    it('locks and opens joining on a workshop, kept across a reopen', async () => {
      const first = await fresh()
      expect((await first.getWorkshop('w-1'))?.workshop.joinLocked).toBe(false)
      expect(await first.setJoinLocked('w-1', true)).toBe(true)
      expect((await first.findWorkshopByJoinCode('ACDEFG'))?.workshop.joinLocked).toBe(true)
      expect(await first.setJoinLocked('ghost', true)).toBe(false)
      await first.close()
      const second = await open()
      expect((await second.getWorkshop('w-1'))?.workshop.joinLocked).toBe(true)
      await second.setJoinLocked('w-1', false)
      expect((await second.getWorkshop('w-1'))?.workshop.joinLocked).toBe(false)
    })

    it('keeps revoked participants per workshop, idempotently, across a reopen', async () => {
      const first = await fresh()
      await first.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN')
      expect(await first.isParticipantRevoked('w-1', 'p-1')).toBe(false)
      await first.revokeParticipant('w-1', 'p-1', '2026-03-03T19:00:00.000Z')
      await first.revokeParticipant('w-1', 'p-1', '2026-03-03T19:05:00.000Z')
      expect(await first.isParticipantRevoked('w-1', 'p-1')).toBe(true)
      expect(await first.isParticipantRevoked('w-1', 'p-2')).toBe(false)
      expect(await first.isParticipantRevoked('w-2', 'p-1')).toBe(false)
      await expect(
        Promise.resolve().then(() => first.revokeParticipant('ghost', 'p-1', 'now')),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
      await first.close()
      const second = await open()
      expect(await second.isParticipantRevoked('w-1', 'p-1')).toBe(true)
    })

    it('records invites per workshop, newest first, and revokes them once, across a reopen', async () => {
      const first = await fresh()
      await first.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN')
      await first.saveInvite(makeInvite())
      await first.saveInvite(makeInvite({ id: 'i-2', role: 'observer' }))
      await first.saveInvite(makeInvite({ id: 'i-3', workshopId: 'w-2' }))
      await first.saveInvite(makeInvite({ id: 'i-4', role: 'company', actorId: 'a-bakery' }))
      expect((await first.getInvite('w-1', 'i-4'))?.actorId).toBe('a-bakery')
      expect((await first.listInvites('w-1')).map((i) => i.id)).toEqual(['i-4', 'i-2', 'i-1'])
      expect(await first.getInvite('w-1', 'i-1')).toEqual(makeInvite())
      expect(await first.getInvite('w-1', 'i-3')).toBeNull()
      await expect(
        Promise.resolve().then(() =>
          first.saveInvite(makeInvite({ id: 'i-9', workshopId: 'ghost' })),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)

      const revokedAt = '2026-03-04T08:00:00.000Z'
      expect(await first.revokeInvite('w-1', 'i-1', revokedAt)).toEqual(makeInvite({ revokedAt }))
      expect((await first.revokeInvite('w-1', 'i-1', '2026-03-05T08:00:00.000Z'))?.revokedAt).toBe(
        revokedAt,
      )
      expect(await first.revokeInvite('w-2', 'i-1', revokedAt)).toBeNull()
      expect(await first.revokeInvite('w-1', 'nope', revokedAt)).toBeNull()
      await first.close()
      const second = await open()
      expect((await second.getInvite('w-1', 'i-1'))?.revokedAt).toBe(revokedAt)
      expect((await second.getInvite('w-1', 'i-2'))?.revokedAt).toBeNull()
    })

    const limits = { budgetPerParticipant: 5, maxPerMeasure: 3 }
    const cast = (store: Store, participantId: string, measureId: string, delta: 1 | -1 = 1) =>
      Promise.resolve(store.changeDot('w-1', { participantId, measureId, delta }, limits))

    it('[P20] casts and takes back dots, and reads them per voter, per measure and in all', async () => {
      const store = await fresh()
      expect(await cast(store, 'p-anna', 'm-1')).toEqual({ refusal: null, onMeasure: 1, spent: 1 })
      expect(await cast(store, 'p-anna', 'm-1')).toEqual({ refusal: null, onMeasure: 2, spent: 2 })
      expect(await cast(store, 'p-anna', 'm-2')).toEqual({ refusal: null, onMeasure: 1, spent: 3 })
      await cast(store, 'p-bo', 'm-1')
      expect(await cast(store, 'p-anna', 'm-2', -1)).toEqual({
        refusal: null,
        onMeasure: 0,
        spent: 2,
      })
      expect(await store.dotsOf('w-1', 'p-anna')).toEqual(new Map([['m-1', 2]]))
      expect(await store.dotsOf('w-1', 'p-nobody')).toEqual(new Map())
      expect(await store.voteTotals('w-1')).toEqual(new Map([['m-1', 3]]))
      expect(await store.listVotes('w-1')).toEqual([
        { participantId: 'p-anna', measureId: 'm-1', count: 2 },
        { participantId: 'p-bo', measureId: 'm-1', count: 1 },
      ])
    })

    it('[P20] refuses past the budget, past the per-measure maximum and a dot one has not, writing nothing', async () => {
      const store = await fresh()
      for (let i = 0; i < 3; i++) await cast(store, 'p-anna', 'm-1')
      expect(await cast(store, 'p-anna', 'm-1')).toEqual({
        refusal: 'measure_full',
        onMeasure: 3,
        spent: 3,
      })
      for (let i = 0; i < 2; i++) await cast(store, 'p-anna', 'm-2')
      expect(await cast(store, 'p-anna', 'm-3')).toEqual({
        refusal: 'budget_spent',
        onMeasure: 0,
        spent: 5,
      })
      expect(await cast(store, 'p-anna', 'm-3', -1)).toEqual({
        refusal: 'nothing_to_withdraw',
        onMeasure: 0,
        spent: 5,
      })
      expect(await store.voteTotals('w-1')).toEqual(
        new Map([
          ['m-1', 3],
          ['m-2', 2],
        ]),
      )
    })

    it('[P20] judges concurrent casts one after the other, also from a second store on the same data', async () => {
      const store = await fresh()
      const other = await open()
      const casts = Array.from({ length: 12 }, (_, i) =>
        cast(i % 2 ? store : other, 'p-anna', i % 3 ? 'm-1' : 'm-2'),
      )
      const results = await Promise.all(casts)
      expect(results.filter((r) => r.refusal === null)).toHaveLength(5)
      expect(results.flatMap((r) => (r.refusal === null ? [r.spent] : [])).sort()).toEqual([
        1, 2, 3, 4, 5,
      ])
      let spent = 0
      for (const count of (await store.dotsOf('w-1', 'p-anna')).values()) spent += count
      expect(spent).toBe(5)
    })

    it('moves every dot of a merged measure to the survivor, adding up, once', async () => {
      const store = await fresh()
      await cast(store, 'p-anna', 'dup')
      await cast(store, 'p-anna', 'dup')
      await cast(store, 'p-anna', 'keep')
      await cast(store, 'p-bo', 'dup')
      expect(await store.moveDots('w-1', 'dup', 'keep')).toBe(3)
      expect(await store.moveDots('w-1', 'dup', 'keep')).toBe(0)
      expect(await store.dotsOf('w-1', 'p-anna')).toEqual(new Map([['keep', 3]]))
      expect(await store.dotsOf('w-1', 'p-bo')).toEqual(new Map([['keep', 1]]))
      expect(await store.voteTotals('w-1')).toEqual(new Map([['keep', 4]]))
    })

    /** A row of `workshopId` in every table that holds a workshop's rows. */
    const fillEveryTable = async (store: Store, workshopId: string) => {
      const key: DocKey = { workshopId, doc: 'board' }
      const seq = await store.appendUpdate(key, updateSetting('a', 1))
      await store.compact(key, updateSetting('a', 1), seq)
      await store.appendUpdate(key, updateSetting('b', 2))
      await store.saveVersion(
        { workshopId, doc: 'plan' },
        makeVersion(`v-${workshopId}`, updateSetting('k', 1)),
      )
      await store.revokeParticipant(workshopId, 'p-gone', '2026-03-03T19:00:00.000Z')
      await store.saveInvite(makeInvite({ id: `i-${workshopId}`, workshopId }))
      await store.changeDot(
        workshopId,
        { participantId: 'p-anna', measureId: 'm-1', delta: 1 },
        limits,
      )
      if (!(await store.accounts.getWorkspace('ws-1'))) {
        await store.accounts.createWorkspace(makeWorkspace(), makeAccount())
      }
      await store.accounts.linkParticipant(workshopId, 'a-1', `p-staff-${workshopId}`)
      await store.candidates.bringIn(
        'ws-1',
        workshopId,
        [makeBroughtIn()],
        '2026-03-10T09:00:00.000Z',
      )
      await store.publications.savePublication(workshopId, {
        published: true,
        parts: ['text'],
        newSlug: `slug-of-${workshopId}`.padEnd(22, '-'),
        at: '2026-03-03T19:00:00.000Z',
      })
    }

    it("[G1] knows every table of the database: a workshop's rows, the workshops, or bookkeeping", async () => {
      await fresh()
      const tables = await stores.harness.tables()
      const names = tables.map((t) => t.name)
      for (const { name, columns } of tables) {
        const known =
          name === 'workshops' ||
          (NON_WORKSHOP_TABLES as readonly string[]).includes(name) ||
          (WORKSPACE_TABLES as readonly string[]).includes(name) ||
          ((WORKSHOP_TABLES as readonly string[]).includes(name) && columns.includes('workshop_id'))
        expect(
          known,
          `table ${name}: add it to WORKSHOP_TABLES (or say why it is no workshop's)`,
        ).toBe(true)
      }
      for (const table of WORKSHOP_TABLES) expect(names).toContain(table)
    })

    it('[G1] deletes a workshop with every row of it in every table, in one go, and nothing of another', async () => {
      const store = await stores.fresh()
      // Workshops of a workspace, so that a planner can bring their measures in.
      await store.accounts.createWorkspace(makeWorkspace(), makeAccount())
      await store.createWorkshop(makeWorkshop(), 'ACDEFG', 'ws-1')
      await store.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN', 'ws-1')
      await fillEveryTable(store, 'w-1')
      await fillEveryTable(store, 'w-2')
      const before = await rowsOfWorkshop(stores.harness, 'w-1')
      // Every table the database has holds a row of w-1 now, so "0 after" below means something.
      for (const [table, count] of Object.entries(before)) {
        expect(count, `a row of w-1 in ${table}`).toBeGreaterThan(0)
      }
      const w2 = await rowsOfWorkshop(stores.harness, 'w-2')

      expect(await store.deleteWorkshop('w-1')).toBe(true)
      const after = await rowsOfWorkshop(stores.harness, 'w-1')
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
      for (const [table, count] of Object.entries(after)) expect(count, table).toBe(0)
      expect(await rowsOfWorkshop(stores.harness, 'w-2')).toEqual(w2)
      expect(await store.getWorkshop('w-1')).toBeNull()
      expect(await store.findWorkshopByJoinCode('ACDEFG')).toBeNull()
      expect(await store.deleteWorkshop('w-1')).toBe(false)
      // and nothing can write into it again
      await expect(
        Promise.resolve().then(() => store.appendUpdate(board, updateSetting('k', 1))),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
    })

    it('[G1] tells whether a token still stands: active, revoked, or its workshop is gone', async () => {
      const store = await fresh()
      expect(await store.participantStanding('w-1', 'p-1')).toBe('active')
      await store.revokeParticipant('w-1', 'p-1', '2026-03-03T19:00:00.000Z')
      expect(await store.participantStanding('w-1', 'p-1')).toBe('revoked')
      expect(await store.participantStanding('w-1', 'p-2')).toBe('active')
      await store.deleteWorkshop('w-1')
      expect(await store.participantStanding('w-1', 'p-2')).toBe('no_workshop')
      expect(await store.participantStanding('ghost', 'p-1')).toBe('no_workshop')
    })

    it('[G2] erases a person: versions signed with the former name, dots tied to nobody, token revoked', async () => {
      const store = await fresh()
      const plan: DocKey = { workshopId: 'w-1', doc: 'plan' }
      await store.saveVersion(plan, {
        ...makeVersion('v-anna', updateSetting('k', 1)),
        authorId: 'p-anna',
        authorName: 'Anna Svensson',
      })
      await store.saveVersion(plan, makeVersion('v-petra', updateSetting('k', 2)))
      await cast(store, 'p-anna', 'm-1')
      await cast(store, 'p-anna', 'm-1')
      await cast(store, 'p-bo', 'm-1')
      expect(await cellsHolding(stores.harness, 'Anna Svensson')).toEqual([
        'doc_versions.author_name',
      ])

      await store.erasePerson({
        workshopId: 'w-1',
        participantId: 'p-anna',
        formerName: 'Former participant 3',
        erasedAt: '2026-03-04T08:00:00.000Z',
        anonymousVoterId: 'anon-1',
      })
      expect(await cellsHolding(stores.harness, 'Anna Svensson')).toEqual([])
      expect((await store.listVersions(plan)).map((v) => [v.id, v.authorName])).toEqual([
        ['v-petra', 'Planner Petra'],
        ['v-anna', 'Former participant 3'],
      ])
      expect(await store.dotsOf('w-1', 'p-anna')).toEqual(new Map())
      expect(await store.dotsOf('w-1', 'anon-1')).toEqual(new Map([['m-1', 2]]))
      expect(await store.voteTotals('w-1')).toEqual(new Map([['m-1', 3]]))
      expect(await store.participantStanding('w-1', 'p-anna')).toBe('revoked')
      await expect(
        Promise.resolve().then(() =>
          store.erasePerson({
            workshopId: 'ghost',
            participantId: 'p',
            formerName: 'x',
            erasedAt: 'now',
            anonymousVoterId: 'anon-2',
          }),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
    })

    it('[G3] lists workshops by last activity, which only moves forward, and keeps it across a reopen', async () => {
      const first = await fresh()
      // all three created early in March (the fixture's createdAt)
      await first.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN')
      await first.createWorkshop(makeWorkshop({ id: 'w-3' }), 'PQRSTU')
      await first.touchWorkshop('w-2', '2026-04-01T00:00:00.000Z')
      await first.touchWorkshop('w-2', '2026-03-20T00:00:00.000Z')
      await first.touchWorkshop('w-3', '2026-03-10T00:00:00.000Z')
      await first.touchWorkshop('ghost', '2026-03-10T00:00:00.000Z')
      expect(await first.listInactiveWorkshops('2026-03-01T00:00:00.000Z', 10)).toEqual([])
      expect(await first.listInactiveWorkshops('2026-03-15T00:00:00.000Z', 10)).toEqual([
        'w-1',
        'w-3',
      ])
      expect(await first.listInactiveWorkshops('2026-03-15T00:00:00.000Z', 1)).toEqual(['w-1'])
      await first.close()
      const second = await open()
      expect(await second.listInactiveWorkshops('2026-03-31T00:00:00.000Z', 10)).toEqual([
        'w-1',
        'w-3',
      ])
      expect(await second.listInactiveWorkshops('2026-04-02T00:00:00.000Z', 10)).toHaveLength(3)
    })

    it('puts votes as given (an import), keeps them across a reopen, apart per workshop', async () => {
      const first = await fresh()
      await first.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN')
      await first.putVotes('w-1', [
        { participantId: 'p-anna', measureId: 'm-1', count: 4 },
        { participantId: 'p-bo', measureId: 'm-2', count: 1 },
      ])
      await first.putVotes('w-1', [{ participantId: 'p-bo', measureId: 'm-2', count: 0 }])
      await expect(
        Promise.resolve().then(() =>
          first.putVotes('ghost', [{ participantId: 'p-anna', measureId: 'm-1', count: 1 }]),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
      await expect(
        Promise.resolve().then(() =>
          first.changeDot('ghost', { participantId: 'p', measureId: 'm', delta: 1 }, limits),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
      await first.close()
      const second = await open()
      expect(await second.listVotes('w-1')).toEqual([
        { participantId: 'p-anna', measureId: 'm-1', count: 4 },
      ])
      expect(await second.voteTotals('w-2')).toEqual(new Map())
    })
  })
  accountContract(name, makeHarness)
  candidateContract(name, makeHarness)
  libraryContract(name, makeHarness)
  publicationContract(name, makeHarness)
  organisationContract(name, makeHarness)
}
