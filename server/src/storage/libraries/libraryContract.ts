import { makeLibraryFile } from '@pactboard/shared/test/fixtures'
import { describe, expect, it } from 'vitest'
import { twoWorkspaces } from '../accounts/accountContract.ts'
import { makeBroughtIn } from '../candidates/candidateContract.ts'
import { attempt, openedStores } from '../openedStores.ts'
import { cellsHolding, makeWorkshop, type StoreHarness } from '../storeTestKit.ts'
import { LibraryNotFoundError } from './LibraryStore.ts'

/** The measure libraries' part of the store contract (docs/workspaces.md): every SQL store passes it. */

const NOW = '2026-03-12T09:00:00.000Z'
const LATER = '2026-03-13T09:00:00.000Z'

export function libraryContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} library store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    /** Malmö (ws-1) with a workshop, Lund (ws-2). */
    const fresh = async () => {
      const store = await stores.fresh()
      await twoWorkspaces(store)
      await store.createWorkshop(makeWorkshop({ id: 'w-a', title: 'Kvällsmöte' }), 'ACDEFG', 'ws-1')
      return store
    }
    const file = makeLibraryFile()

    it('[W17] keeps a library and makes each measure a proposed candidate crediting it', async () => {
      const store = await fresh()
      const imported = await store.libraries.importLibrary('ws-1', file, 'hash-1', NOW)
      expect(imported).toMatchObject({
        created: true,
        library: {
          id: expect.any(String),
          origin: { name: 'Helsingborgs stad', kind: 'city', language: 'sv' },
          exportedAt: '2026-03-10T09:00:00.000Z',
          year: 2026,
          importedAt: NOW,
          measureCount: 2,
        },
      })
      const libraryId = imported.library.id
      expect(imported.candidateIds).toHaveLength(2)
      const candidates = await store.candidates.listCandidates('ws-1')
      expect(candidates.map((c) => c.id).sort()).toEqual([...imported.candidateIds].sort())
      expect(candidates.find((c) => c.id === imported.candidateIds[1])).toEqual({
        id: imported.candidateIds[1],
        title: 'Car-free city centre on Sundays',
        description: 'Streets for people one day a week.',
        fieldOfAction: 'mobility_transport',
        state: { status: 'proposed' },
        createdAt: NOW,
        updatedAt: NOW,
        sources: [],
        adaptedFrom: { libraryId, originName: 'Helsingborgs stad', year: 2026 },
      })
      const measures = await store.libraries.listLibraryMeasures('ws-1', libraryId, {})
      expect(measures.map((m) => m.fields)).toEqual(file.measures)
      expect(measures.map((m) => m.candidateId)).toEqual(imported.candidateIds)
      expect(
        await store.libraries.getLibraryMeasure('ws-1', libraryId, measures[0]?.id ?? ''),
      ).toEqual(measures[0])
      expect(await store.libraries.listLibraries('ws-1')).toEqual([imported.library])
    })

    it('[W17] imports the same file again as nothing new, also twice at once', async () => {
      const store = await fresh()
      const other = await open()
      const first = await store.libraries.importLibrary('ws-1', file, 'hash-1', NOW)
      const again = await store.libraries.importLibrary('ws-1', file, 'hash-1', LATER)
      expect(again).toEqual({ ...first, created: false })
      expect(await store.candidates.listCandidates('ws-1')).toHaveLength(2)
      const racing = await Promise.all([
        attempt(() => store.libraries.importLibrary('ws-1', file, 'hash-2', NOW)),
        attempt(() => other.libraries.importLibrary('ws-1', file, 'hash-2', NOW)),
      ])
      expect(racing.map((r) => r.created).sort()).toEqual([false, true])
      expect(racing[0]?.library.id).toBe(racing[1]?.library.id)
      expect(await store.libraries.listLibraries('ws-1')).toHaveLength(2)
      expect(await store.candidates.listCandidates('ws-1')).toHaveLength(4)
      // another workspace importing the same file has a library of its own
      const lund = await store.libraries.importLibrary('ws-2', file, 'hash-1', NOW)
      expect(lund.created).toBe(true)
      expect(lund.library.id).not.toBe(first.library.id)
    })

    it('[W18] reads no library, measure or library candidate of another workspace', async () => {
      const store = await fresh()
      const { library, candidateIds } = await store.libraries.importLibrary(
        'ws-2',
        file,
        'hash-1',
        NOW,
      )
      const [measure] = await store.libraries.listLibraryMeasures('ws-2', library.id, {})
      expect(await store.libraries.listLibraries('ws-1')).toEqual([])
      expect(await store.libraries.getLibrary('ws-1', library.id)).toBeNull()
      await expect(
        attempt(() => store.libraries.listLibraryMeasures('ws-1', library.id, {})),
      ).rejects.toBeInstanceOf(LibraryNotFoundError)
      expect(await store.libraries.getLibraryMeasure('ws-1', library.id, measure?.id ?? '')).toBe(
        null,
      )
      expect((await store.libraries.measuresOfCandidates('ws-1', candidateIds)).size).toBe(0)
      expect(await store.candidates.getCandidate('ws-1', candidateIds[0] ?? '')).toBeNull()
      expect(await store.candidates.listCandidates('ws-1')).toEqual([])
    })

    it('[W18] filters a library’s measures by field of action and by emission sector', async () => {
      const store = await fresh()
      const { library } = await store.libraries.importLibrary('ws-1', file, 'hash-1', NOW)
      const titles = async (filter: object) =>
        (await store.libraries.listLibraryMeasures('ws-1', library.id, filter)).map(
          (m) => m.fields.title,
        )
      expect(await titles({ field: 'mobility_transport' })).toEqual([
        'Car-free city centre on Sundays',
      ])
      expect(await titles({ sector: 'stationary_energy' })).toEqual(['Solar roofs on every school'])
      expect(await titles({ field: 'energy_systems', sector: 'transport' })).toEqual([])
      expect(await titles({ sector: 'waste' })).toEqual([])
    })

    it('[W16] finds the library measures whose words candidates hold', async () => {
      const store = await fresh()
      const { candidateIds } = await store.libraries.importLibrary('ws-1', file, 'hash-1', NOW)
      const [brought] = await store.candidates.bringIn('ws-1', 'w-a', [makeBroughtIn()], NOW)
      const found = await store.libraries.measuresOfCandidates('ws-1', [
        ...candidateIds,
        brought?.id ?? '',
      ])
      expect([...found.keys()].sort()).toEqual([...candidateIds].sort())
      expect(found.get(candidateIds[0] ?? '')?.fields).toEqual(file.measures[0])
    })

    it('[W17][G1] deleting a workshop never deletes a library’s candidate, merged either way', async () => {
      const store = await fresh()
      await store.createWorkshop(makeWorkshop({ id: 'w-b' }), 'HJKLMN', 'ws-1')
      const { candidateIds } = await store.libraries.importLibrary('ws-1', file, 'hash-1', NOW)
      const [solar, sundays] = candidateIds as [string, string]
      const [fromA] = await store.candidates.bringIn('ws-1', 'w-a', [makeBroughtIn()], NOW)
      const [fromB] = await store.candidates.bringIn(
        'ws-1',
        'w-b',
        [makeBroughtIn({ measureId: 'm-2', title: 'Sundays without cars' })],
        NOW,
      )
      // a workshop's measure merged into a library's, and a library's into a workshop's
      await store.candidates.merge('ws-1', fromA?.id ?? '', solar, NOW)
      await store.candidates.setStatus('ws-1', fromB?.id ?? '', { status: 'in_plan' }, NOW)
      await store.candidates.merge('ws-1', sundays, fromB?.id ?? '', NOW)
      expect(await store.deleteWorkshop('w-a')).toBe(true)
      expect(await store.deleteWorkshop('w-b')).toBe(true)
      const left = await store.candidates.listCandidates('ws-1')
      // the merged workshop measure went with its workshop; the library's candidates stay, and
      // the survivor from w-b keeps its decision, speaking with the library measure's words
      expect(left.map((c) => c.id).sort()).toEqual([solar, sundays, fromB?.id].sort())
      expect(left.find((c) => c.id === fromB?.id)).toMatchObject({
        title: 'Car-free city centre on Sundays',
        state: { status: 'in_plan' },
        sources: [],
        adaptedFrom: null,
      })
      const adapted = left.find((c) => c.id === solar)?.adaptedFrom
      expect(adapted?.originName).toBe('Helsingborgs stad')
      for (const words of ['Cykelbanor på Storgatan', 'Sundays without cars']) {
        expect(await cellsHolding(stores.harness, words), words).toEqual([])
      }
      expect(
        await store.libraries.listLibraryMeasures('ws-1', adapted?.libraryId ?? '', {}),
      ).toHaveLength(2)
    })

    it('keeps libraries and their candidates across a reopen', async () => {
      const first = await fresh()
      const { library, candidateIds } = await first.libraries.importLibrary(
        'ws-1',
        file,
        'hash-1',
        NOW,
      )
      await first.close()
      const second = await open()
      expect(await second.libraries.getLibrary('ws-1', library.id)).toEqual(library)
      expect(
        (await second.candidates.getCandidate('ws-1', candidateIds[0] ?? ''))?.adaptedFrom,
      ).toEqual({
        libraryId: library.id,
        originName: 'Helsingborgs stad',
        year: 2026,
      })
    })
  })
}
