import { describe, expect, it } from 'vitest'
import { twoWorkspaces } from '../accounts/accountContract.ts'
import { attempt, openedStores } from '../openedStores.ts'
import { type Store, UnknownWorkshopError } from '../Store.ts'
import { cellsHolding, makeWorkshop, type StoreHarness } from '../storeTestKit.ts'
import {
  type BroughtInMeasure,
  CandidateMergedError,
  CandidateNotFoundError,
  MergeIntoItselfError,
} from './CandidateStore.ts'

/** The candidate list's part of the store contract (docs/workspaces.md): every SQL store passes it. */

export function makeBroughtIn(overrides: Partial<BroughtInMeasure> = {}): BroughtInMeasure {
  return {
    measureId: 'm-1',
    title: 'Cykelbanor på Storgatan',
    description: 'Separate lanes both ways',
    fieldOfAction: 'mobility_transport',
    proposedAt: '2026-03-03T18:30:00.000Z',
    dots: 9,
    reactions: { support: 3, love: 1, idea: 0, concern: 2 },
    ...overrides,
  }
}

const NOW = '2026-03-10T09:00:00.000Z'
const LATER = '2026-03-11T09:00:00.000Z'

export function candidateContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} candidate store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    /** Malmö (ws-1) with two workshops, Lund (ws-2) with one, and a workshop of no workspace. */
    const fresh = async () => {
      const store = await stores.fresh()
      await twoWorkspaces(store)
      await store.createWorkshop(makeWorkshop({ id: 'w-a', title: 'Kvällsmöte' }), 'ACDEFG', 'ws-1')
      await store.createWorkshop(
        makeWorkshop({ id: 'w-b', title: 'Frukostmöte' }),
        'HJKLMN',
        'ws-1',
      )
      await store.createWorkshop(makeWorkshop({ id: 'w-lund' }), 'PQRSTU', 'ws-2')
      await store.createWorkshop(makeWorkshop({ id: 'w-anon' }), 'VWXYZA')
      return store
    }
    /** Candidates c1 (w-a m-1, 9 dots), c2 (w-b m-2, 5 dots), c3 (w-b m-3, 1 dot) of ws-1. */
    const three = async (store: Store) => {
      const [c1] = await store.candidates.bringIn('ws-1', 'w-a', [makeBroughtIn()], NOW)
      const [c2, c3] = await store.candidates.bringIn(
        'ws-1',
        'w-b',
        [
          makeBroughtIn({ measureId: 'm-2', title: 'Bike lanes downtown', dots: 5 }),
          makeBroughtIn({ measureId: 'm-3', title: 'Car-free Sundays', dots: 1 }),
        ],
        NOW,
      )
      if (!c1 || !c2 || !c3) throw new Error('three candidates expected')
      return [c1.id, c2.id, c3.id] as const
    }

    it('[W8] brings a measure in as a proposed candidate with its provenance', async () => {
      const store = await fresh()
      const [candidate] = await store.candidates.bringIn('ws-1', 'w-a', [makeBroughtIn()], NOW)
      expect(candidate).toEqual({
        id: expect.any(String),
        title: 'Cykelbanor på Storgatan',
        description: 'Separate lanes both ways',
        fieldOfAction: 'mobility_transport',
        state: { status: 'proposed' },
        createdAt: NOW,
        updatedAt: NOW,
        sources: [
          {
            workshopId: 'w-a',
            workshopTitle: 'Kvällsmöte',
            measureId: 'm-1',
            proposedAt: '2026-03-03T18:30:00.000Z',
            dots: 9,
            reactions: { support: 3, love: 1, idea: 0, concern: 2 },
            broughtInAt: NOW,
          },
        ],
        adaptedFrom: null,
      })
      expect(await store.candidates.listCandidates('ws-1')).toEqual([candidate])
      expect(await store.candidates.getCandidate('ws-1', candidate?.id ?? '')).toEqual(candidate)
    })

    it('[W8] brings the same measure in again as the same candidate: provenance refreshed, status kept', async () => {
      const store = await fresh()
      const [first] = await store.candidates.bringIn('ws-1', 'w-a', [makeBroughtIn()], NOW)
      const id = first?.id ?? ''
      await store.candidates.setStatus('ws-1', id, { status: 'prioritised' }, NOW)
      const [again] = await store.candidates.bringIn(
        'ws-1',
        'w-a',
        [makeBroughtIn({ title: 'Cykelbanor på hela Storgatan', dots: 14 })],
        LATER,
      )
      expect(again).toMatchObject({
        id,
        title: 'Cykelbanor på hela Storgatan',
        state: { status: 'prioritised' },
        createdAt: NOW,
        updatedAt: LATER,
        sources: [{ measureId: 'm-1', dots: 14, broughtInAt: LATER }],
      })
      expect(await store.candidates.listCandidates('ws-1')).toHaveLength(1)
      // two planners bringing one measure in at once still make one candidate
      const racing = await Promise.all(
        [1, 2, 3].map(() =>
          attempt(() =>
            store.candidates.bringIn('ws-1', 'w-b', [makeBroughtIn({ measureId: 'm-7' })], NOW),
          ),
        ),
      )
      expect(new Set(racing.map(([c]) => c?.id)).size).toBe(1)
      expect(await store.candidates.listCandidates('ws-1')).toHaveLength(2)
    })

    it('[W7] brings in only from its own workspace’s workshops, and leaves nothing otherwise', async () => {
      const store = await fresh()
      for (const workshopId of ['w-lund', 'w-anon', 'w-ghost']) {
        await expect(
          attempt(() => store.candidates.bringIn('ws-1', workshopId, [makeBroughtIn()], NOW)),
          workshopId,
        ).rejects.toBeInstanceOf(UnknownWorkshopError)
      }
      expect(await store.candidates.listCandidates('ws-1')).toEqual([])
      expect(await stores.harness.rows('candidates')).toEqual([])
      expect(await stores.harness.rows('candidate_sources')).toEqual([])
    })

    it('[W7] never reads, changes or merges another workspace’s candidate', async () => {
      const store = await fresh()
      const [mine] = await three(store)
      const [lunds] = await store.candidates.bringIn('ws-2', 'w-lund', [makeBroughtIn()], NOW)
      const theirs = lunds?.id ?? ''
      expect(await store.candidates.getCandidate('ws-1', theirs)).toBeNull()
      expect((await store.candidates.listCandidates('ws-2')).map((c) => c.id)).toEqual([theirs])
      await expect(
        attempt(() => store.candidates.setStatus('ws-1', theirs, { status: 'discussed' }, NOW)),
      ).rejects.toBeInstanceOf(CandidateNotFoundError)
      for (const [id, into] of [
        [mine, theirs],
        [theirs, mine],
      ] as const) {
        await expect(
          attempt(() => store.candidates.merge('ws-1', id, into, NOW)),
        ).rejects.toBeInstanceOf(CandidateNotFoundError)
      }
      expect((await store.candidates.getCandidate('ws-2', theirs))?.state).toEqual({
        status: 'proposed',
      })
    })

    it('[W10] moves a candidate through its statuses; a rejection keeps its reason, and only it', async () => {
      const store = await fresh()
      const [id] = await three(store)
      for (const status of ['discussed', 'prioritised', 'in_plan', 'committed'] as const) {
        const moved = await store.candidates.setStatus('ws-1', id, { status }, LATER)
        expect(moved).toMatchObject({ state: { status }, updatedAt: LATER })
      }
      const reason = 'The new tram line on Storgatan leaves no room for it.'
      const rejected = await store.candidates.setStatus(
        'ws-1',
        id,
        { status: 'rejected', reason },
        LATER,
      )
      expect(rejected.state).toEqual({ status: 'rejected', reason })
      const back = await store.candidates.setStatus('ws-1', id, { status: 'discussed' }, LATER)
      expect(back.state).toEqual({ status: 'discussed' })
      expect(
        (await stores.harness.rows('candidates')).find((row) => row.id === id)?.reason,
      ).toBeNull()
      await expect(
        attempt(() => store.candidates.setStatus('ws-1', 'c-ghost', { status: 'discussed' }, NOW)),
      ).rejects.toBeInstanceOf(CandidateNotFoundError)
    })

    it('[W9] merges a duplicate into a survivor: both keep their sources, the merged one points to it', async () => {
      const store = await fresh()
      const [c1, c2] = await three(store)
      await store.candidates.setStatus(
        'ws-1',
        c2,
        { status: 'rejected', reason: 'A duplicate' },
        NOW,
      )
      const { merged, survivor } = await store.candidates.merge('ws-1', c2, c1, LATER)
      expect(merged).toMatchObject({
        id: c2,
        state: { status: 'merged', mergedInto: c1 },
        sources: [{ workshopId: 'w-b', measureId: 'm-2', dots: 5 }],
      })
      expect(survivor).toMatchObject({
        id: c1,
        state: { status: 'proposed' },
        sources: [{ workshopId: 'w-a', measureId: 'm-1', dots: 9 }],
      })
      await expect(
        attempt(() => store.candidates.setStatus('ws-1', c2, { status: 'in_plan' }, NOW)),
      ).rejects.toBeInstanceOf(CandidateMergedError)
      // bringing the merged measure in again refreshes its provenance, and it stays merged
      const [again] = await store.candidates.bringIn(
        'ws-1',
        'w-b',
        [makeBroughtIn({ measureId: 'm-2', title: 'Bike lanes downtown', dots: 6 })],
        LATER,
      )
      expect(again).toMatchObject({ id: c2, state: { status: 'merged', mergedInto: c1 } })
      expect(again?.sources[0]?.dots).toBe(6)
    })

    it('[W9] keeps merges one level deep: what was merged into a merged candidate follows it', async () => {
      const store = await fresh()
      const [c1, c2, c3] = await three(store)
      await store.candidates.merge('ws-1', c3, c2, NOW)
      await store.candidates.merge('ws-1', c2, c1, LATER)
      const byId = new Map((await store.candidates.listCandidates('ws-1')).map((c) => [c.id, c]))
      expect(byId.get(c3)?.state).toEqual({ status: 'merged', mergedInto: c1 })
      expect(byId.get(c2)?.state).toEqual({ status: 'merged', mergedInto: c1 })
      expect(byId.get(c1)?.state).toEqual({ status: 'proposed' })
    })

    it('[W9] refuses a merge into itself, into a merged candidate, or of a merged one: no cycle', async () => {
      const store = await fresh()
      const [c1, c2, c3] = await three(store)
      await expect(
        attempt(() => store.candidates.merge('ws-1', c1, c1, NOW)),
      ).rejects.toBeInstanceOf(MergeIntoItselfError)
      await store.candidates.merge('ws-1', c2, c1, NOW)
      for (const [id, into] of [
        [c1, c2], // the cycle: c2 is merged into c1 already
        [c3, c2],
        [c2, c3],
      ] as const) {
        await expect(
          attempt(() => store.candidates.merge('ws-1', id, into, NOW)),
          `${id} into ${into}`,
        ).rejects.toBeInstanceOf(CandidateMergedError)
      }
      await expect(
        attempt(() => store.candidates.merge('ws-1', c3, 'c-ghost', NOW)),
      ).rejects.toBeInstanceOf(CandidateNotFoundError)
    })

    it('[W9] lets only one of two opposite merges racing pass', async () => {
      const store = await fresh()
      const other = await open()
      const [c1, c2] = await three(store)
      const results = await Promise.allSettled([
        attempt(() => store.candidates.merge('ws-1', c1, c2, NOW)),
        attempt(() => other.candidates.merge('ws-1', c2, c1, NOW)),
      ])
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      const states = (await store.candidates.listCandidates('ws-1'))
        .filter((c) => c.id === c1 || c.id === c2)
        .map((c) => c.state.status)
      expect(states.sort()).toEqual(['merged', 'proposed'])
    })

    it('finds the candidates of a workshop’s measures', async () => {
      const store = await fresh()
      const [, c2, c3] = await three(store)
      const found = await store.candidates.candidatesOfWorkshop('w-b')
      expect([...found.keys()].sort()).toEqual(['m-2', 'm-3'])
      expect(found.get('m-2')?.id).toBe(c2)
      expect(found.get('m-3')?.id).toBe(c3)
      expect((await store.candidates.candidatesOfWorkshop('w-lund')).size).toBe(0)
    })

    it('[G1] deleting a workshop deletes its measures’ words with it: a candidate keeps only the words of another', async () => {
      const store = await fresh()
      const [c1, c2] = await three(store)
      await store.candidates.setStatus('ws-1', c1, { status: 'in_plan' }, NOW)
      await store.candidates.merge('ws-1', c2, c1, NOW)
      expect(await store.deleteWorkshop('w-a')).toBe(true)
      // c1 was proposed at w-a only; what stays of it is c2's, merged into it from w-b
      expect(await store.candidates.getCandidate('ws-1', c1)).toMatchObject({
        title: 'Bike lanes downtown',
        state: { status: 'in_plan' },
        sources: [],
      })
      expect(await cellsHolding(stores.harness, 'Cykelbanor på Storgatan')).toEqual([])
      expect(await store.deleteWorkshop('w-b')).toBe(true)
      expect(await store.candidates.listCandidates('ws-1')).toEqual([])
      expect(await stores.harness.rows('candidates')).toEqual([])
      for (const words of ['Bike lanes downtown', 'Car-free Sundays', 'Separate lanes both ways']) {
        expect(await cellsHolding(stores.harness, words), words).toEqual([])
      }
    })

    it('keeps candidates and their provenance across a reopen', async () => {
      const first = await fresh()
      const [c1] = await three(first)
      await first.candidates.setStatus('ws-1', c1, { status: 'rejected', reason: 'Not ours' }, NOW)
      await first.close()
      const second = await open()
      expect(await second.candidates.getCandidate('ws-1', c1)).toMatchObject({
        state: { status: 'rejected', reason: 'Not ours' },
        sources: [{ workshopTitle: 'Kvällsmöte', dots: 9 }],
      })
    })
  })
}
