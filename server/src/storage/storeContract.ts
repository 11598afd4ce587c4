import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { accountContract } from './accounts/accountContract.ts'
import { candidateContract } from './candidates/candidateContract.ts'
import { libraryContract } from './libraries/libraryContract.ts'
import { openedStores } from './openedStores.ts'
import { organisationContract } from './organisations/organisationContract.ts'
import { privacyContract } from './privacyContract.ts'
import { publicationContract } from './publications/publicationContract.ts'
import { type DocKey, JoinCodeTakenError, UnknownWorkshopError } from './Store.ts'
import {
  makeInvite,
  makeVersion,
  makeWorkshop,
  materialise,
  type StoreHarness,
  updateSetting,
} from './storeTestKit.ts'
import { voteContract } from './voteContract.ts'

/**
 * The one suite every Store passes (SQLite and PostgreSQL), part by part; each part opens its
 * stores on a fresh harness of its own.
 */
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
  })
  voteContract(name, makeHarness)
  privacyContract(name, makeHarness)
  accountContract(name, makeHarness)
  candidateContract(name, makeHarness)
  libraryContract(name, makeHarness)
  publicationContract(name, makeHarness)
  organisationContract(name, makeHarness)
}
