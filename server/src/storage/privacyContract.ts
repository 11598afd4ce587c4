import { describe, expect, it } from 'vitest'
import { makeAccount, makeWorkspace } from './accounts/accountContract.ts'
import { makeBroughtIn } from './candidates/candidateContract.ts'
import { openedStores } from './openedStores.ts'
import { type DocKey, type Store, UnknownWorkshopError } from './Store.ts'
import {
  cellsHolding,
  makeInvite,
  makeVersion,
  makeWorkshop,
  rowsOfWorkshop,
  type StoreHarness,
  updateSetting,
} from './storeTestKit.ts'
import { cast, limits } from './voteContract.ts'
import { NON_WORKSHOP_TABLES, WORKSHOP_TABLES, WORKSPACE_TABLES } from './workshopTables.ts'

/**
 * The personal data's part of the store contract ([G1] deleting a workshop, [G2] erasing a
 * person, [G3] the activity clock): every SQL store passes it.
 */

export function privacyContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} privacy store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    const board: DocKey = { workshopId: 'w-1', doc: 'board' }
    const fresh = async () => {
      const store = await stores.fresh()
      await store.createWorkshop(makeWorkshop(), 'ACDEFG')
      return store
    }

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
  })
}
