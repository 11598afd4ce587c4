import type { Workshop } from '@pactboard/shared'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type DocKey, JoinCodeTakenError, type Store, UnknownWorkshopError } from './Store.ts'

/**
 * The one suite every Store passes (SQLite now, PostgreSQL later). A harness gives each test a
 * fresh, empty location; `open` may be called again on it to check what survives a reopen.
 */
export interface StoreHarness {
  open(): Store | Promise<Store>
  dispose(): void | Promise<void>
}

export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  return {
    id: 'w-1',
    title: 'Climate evening',
    city: 'Umeå',
    language: 'sv',
    template: 'citizen_workshop',
    createdAt: '2026-03-03T18:00:00.000Z',
    phase: null,
    settings: {
      anonymousAllowed: true,
      voteBudgetPerParticipant: 5,
      maxVotesPerMeasure: 3,
      moderation: false,
    },
    ...overrides,
  }
}

function updateSetting(key: string, value: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('m').set(key, value)
  return Y.encodeStateAsUpdate(doc)
}

function materialise(updates: Uint8Array[]): Record<string, unknown> {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getMap('m').toJSON()
}

export function storeContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} store contract`, () => {
    let harness: StoreHarness
    const stores: Store[] = []
    const open = async () => {
      const store = await harness.open()
      stores.push(store)
      return store
    }
    const board: DocKey = { workshopId: 'w-1', doc: 'board' }

    afterEach(async () => {
      for (const store of stores.splice(0)) await store.close()
      await harness?.dispose()
    })

    const fresh = async () => {
      harness = makeHarness()
      const store = await open()
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
  })
}
