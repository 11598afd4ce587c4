import { describe, expect, it } from 'vitest'
import { openedStores } from './openedStores.ts'
import { type Store, UnknownWorkshopError } from './Store.ts'
import { makeWorkshop, type StoreHarness } from './storeTestKit.ts'

/** The dots' part of the store contract ([P20]): every SQL store passes it. */

export const limits = { budgetPerParticipant: 5, maxPerMeasure: 3 }

/** One dot cast (or taken back) in w-1 under `limits`; a rejection for an unknown workshop. */
export const cast = (store: Store, participantId: string, measureId: string, delta: 1 | -1 = 1) =>
  Promise.resolve(store.changeDot('w-1', { participantId, measureId, delta }, limits))

export function voteContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} vote store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    const fresh = async () => {
      const store = await stores.fresh()
      await store.createWorkshop(makeWorkshop(), 'ACDEFG')
      return store
    }

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
}
