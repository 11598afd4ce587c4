import type { Actor } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { UnknownWorkspaceError } from '../accounts/AccountStore.ts'
import { twoWorkspaces } from '../accounts/accountContract.ts'
import { attempt, openedStores } from '../openedStores.ts'
import type { StoreHarness } from '../storeTestKit.ts'
import { OrganisationExistsError, OrganisationNotFoundError } from './OrganisationStore.ts'

/** The workspace directory's part of the store contract ([W20]): every SQL store passes it. */

const NOW = '2026-03-10T09:00:00.000Z'
const LATER = '2026-03-11T09:00:00.000Z'

export function makeOrganisation(overrides: Partial<Actor> = {}): Actor {
  return {
    id: 'o-1',
    name: 'Umeå Energi AB',
    kind: 'utility',
    orgNumber: '556097-8602',
    sector: 'Energy',
    legalForm: 'Aktiebolag',
    responsiblePerson: 'Signe Lind',
    position: 'CEO',
    createdAt: NOW,
    ...overrides,
  }
}

export function organisationContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} organisation store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    /** Two workspaces: Umeå (ws-1) and Lund (ws-2). */
    const fresh = async () => {
      const store = await stores.fresh()
      await twoWorkspaces(store)
      return store
    }

    it('[W20] adds organisations, lists them by name, and keeps them across a reopen', async () => {
      const first = await fresh()
      const energy = await first.organisations.addOrganisation('ws-1', makeOrganisation(), NOW)
      expect(energy).toEqual(makeOrganisation())
      await first.organisations.addOrganisation(
        'ws-1',
        makeOrganisation({ id: 'o-2', name: 'Avfall Sverige', orgNumber: '', kind: 'ngo' }),
        NOW,
      )
      await first.close()
      const second = await open()
      const listed = await second.organisations.listOrganisations('ws-1')
      expect(listed.map((o) => o.name)).toEqual(['Avfall Sverige', 'Umeå Energi AB'])
      expect(await second.organisations.getOrganisation('ws-1', 'o-1')).toEqual(makeOrganisation())
    })

    it('[W20] knows no organisation of another workspace', async () => {
      const store = await fresh()
      await store.organisations.addOrganisation('ws-1', makeOrganisation(), NOW)
      expect(await store.organisations.getOrganisation('ws-2', 'o-1')).toBeNull()
      expect(await store.organisations.listOrganisations('ws-2')).toEqual([])
      expect(
        await store.organisations.findSameOrganisation('ws-2', { name: 'Umeå Energi AB' }),
      ).toBeNull()
      await expect(
        attempt(() =>
          store.organisations.updateOrganisation('ws-2', 'o-1', { responsiblePerson: 'X' }, LATER),
        ),
      ).rejects.toBeInstanceOf(OrganisationNotFoundError)
      expect((await store.organisations.getOrganisation('ws-1', 'o-1'))?.responsiblePerson).toBe(
        'Signe Lind',
      )
    })

    it('[W20] holds one organisation per name (case, spaces and punctuation aside) and per number in a workspace', async () => {
      const store = await fresh()
      await store.organisations.addOrganisation('ws-1', makeOrganisation(), NOW)
      const sameName = makeOrganisation({ id: 'o-2', name: 'umeå energi, ab', orgNumber: '' })
      const sameNumber = makeOrganisation({
        id: 'o-3',
        name: 'Energibolaget',
        orgNumber: '5560978602',
      })
      for (const twin of [sameName, sameNumber]) {
        const refused = await attempt(() =>
          store.organisations.addOrganisation('ws-1', twin, NOW),
        ).catch((error: unknown) => error)
        expect(refused).toBeInstanceOf(OrganisationExistsError)
        expect((refused as OrganisationExistsError).existing.id).toBe('o-1')
      }
      expect(
        (
          await store.organisations.findSameOrganisation('ws-1', {
            name: 'X',
            orgNumber: '556097 8602',
          })
        )?.id,
      ).toBe('o-1')
      // Another workspace keeps its own directory; organisations without a number never clash.
      await store.organisations.addOrganisation('ws-2', sameName, NOW)
      await store.organisations.addOrganisation(
        'ws-1',
        makeOrganisation({ id: 'o-4', name: 'Alfa AB', orgNumber: '' }),
        NOW,
      )
      await store.organisations.addOrganisation(
        'ws-1',
        makeOrganisation({ id: 'o-5', name: 'Beta AB', orgNumber: '' }),
        NOW,
      )
      expect(await store.organisations.listOrganisations('ws-1')).toHaveLength(3)
      await expect(
        attempt(() =>
          store.organisations.addOrganisation('ghost', makeOrganisation({ id: 'o-9' }), NOW),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkspaceError)
    })

    it('[W20] lets one of two racing adds of one company pass, also from a second store', async () => {
      const store = await fresh()
      const other = await open()
      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) =>
          attempt(() =>
            (i % 2 ? store : other).organisations.addOrganisation(
              'ws-1',
              makeOrganisation({
                id: `o-${i}`,
                name: i % 3 ? 'UMEÅ ENERGI AB' : 'Umeå Energi AB.',
              }),
              NOW,
            ),
          ),
        ),
      )
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
      for (const result of results) {
        if (result.status === 'rejected')
          expect(result.reason).toBeInstanceOf(OrganisationExistsError)
      }
      expect(await store.organisations.listOrganisations('ws-1')).toHaveLength(1)
    })

    it('[W20] edits details, refuses taking another’s name or number, and keeps concurrent edits of different details', async () => {
      const store = await fresh()
      await store.organisations.addOrganisation('ws-1', makeOrganisation(), NOW)
      await store.organisations.addOrganisation(
        'ws-1',
        makeOrganisation({ id: 'o-2', name: 'Skellefteå Kraft', orgNumber: '556015-6391' }),
        NOW,
      )
      const edited = await store.organisations.updateOrganisation(
        'ws-1',
        'o-1',
        { name: 'Umeå Energi Aktiebolag', position: 'Chair' },
        LATER,
      )
      expect(edited).toEqual(
        makeOrganisation({ name: 'Umeå Energi Aktiebolag', position: 'Chair' }),
      )
      for (const patch of [{ name: 'skellefteå kraft' }, { orgNumber: '556015 6391' }]) {
        await expect(
          attempt(() => store.organisations.updateOrganisation('ws-1', 'o-1', patch, LATER)),
        ).rejects.toBeInstanceOf(OrganisationExistsError)
      }
      // its own name, written otherwise, is still its own
      await store.organisations.updateOrganisation(
        'ws-1',
        'o-1',
        { name: 'UMEÅ ENERGI AKTIEBOLAG' },
        LATER,
      )
      const other = await open()
      await Promise.all([
        attempt(() =>
          store.organisations.updateOrganisation('ws-1', 'o-2', { sector: 'Power' }, LATER),
        ),
        attempt(() =>
          other.organisations.updateOrganisation('ws-1', 'o-2', { legalForm: 'AB' }, LATER),
        ),
      ])
      const both = await store.organisations.getOrganisation('ws-1', 'o-2')
      expect([both?.sector, both?.legalForm]).toEqual(['Power', 'AB'])
      await expect(
        attempt(() => store.organisations.updateOrganisation('ws-1', 'o-2', { name: 'x' }, LATER)),
      ).rejects.toThrow()
    })
  })
}
