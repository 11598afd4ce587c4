import { describe, expect, it } from 'vitest'
import { openedStores } from '../openedStores.ts'
import { UnknownWorkshopError } from '../Store.ts'
import { makeWorkshop, type StoreHarness } from '../storeTestKit.ts'

/** The publication store's part of the store contract ([P28]): every SQL store passes it. */

const MONDAY = '2026-03-02T10:00:00.000Z'
const TUESDAY = '2026-03-03T10:00:00.000Z'
const WEDNESDAY = '2026-03-04T10:00:00.000Z'
const SLUG_A = 'AAAAAAAAAAAAAAAAAAAAAA'
const SLUG_B = 'BBBBBBBBBBBBBBBBBBBBBB'

export function publicationContract(name: string, makeHarness: () => StoreHarness): void {
  describe(`${name} publication store contract`, () => {
    const stores = openedStores(makeHarness)
    const { open } = stores
    const fresh = async () => {
      const store = await stores.fresh()
      await store.createWorkshop(makeWorkshop(), 'ACDEFG')
      await store.createWorkshop(makeWorkshop({ id: 'w-2' }), 'HJKLMN')
      return store
    }

    it('knows no publication of a workshop that never published, nor any slug', async () => {
      const store = await fresh()
      expect(await store.publications.getPublication('w-1')).toBeNull()
      expect(await store.publications.findPublishedBySlug(SLUG_A)).toBeNull()
    })

    it('[P28] publishes with a new slug, finds the workshop by it, and keeps it across a reopen', async () => {
      const first = await fresh()
      const published = await first.publications.savePublication('w-1', {
        published: true,
        parts: ['text', 'commitments'],
        newSlug: SLUG_A,
        at: MONDAY,
      })
      expect(published).toEqual({
        workshopId: 'w-1',
        slug: SLUG_A,
        parts: ['text', 'commitments'],
        publishedAt: MONDAY,
        updatedAt: MONDAY,
      })
      await first.close()
      const second = await open()
      expect(await second.publications.findPublishedBySlug(SLUG_A)).toEqual(published)
      expect(await second.publications.getPublication('w-1')).toEqual(published)
      expect(await second.publications.getPublication('w-2')).toBeNull()
    })

    it('[P28] keeps the link while the parts change, and one link however often it is published', async () => {
      const store = await fresh()
      await store.publications.savePublication('w-1', {
        published: true,
        parts: ['text'],
        newSlug: SLUG_A,
        at: MONDAY,
      })
      const changed = await store.publications.savePublication('w-1', {
        published: true,
        parts: ['pathway', 'measures'],
        newSlug: SLUG_B,
        at: TUESDAY,
      })
      expect(changed).toMatchObject({
        slug: SLUG_A,
        parts: ['pathway', 'measures'],
        publishedAt: MONDAY,
        updatedAt: TUESDAY,
      })
      expect(await store.publications.findPublishedBySlug(SLUG_B)).toBeNull()
    })

    it('[P28] gives two planners publishing at once the same one link', async () => {
      const store = await fresh()
      const publish = (newSlug: string) =>
        Promise.resolve().then(() =>
          store.publications.savePublication('w-1', {
            published: true,
            parts: ['text'],
            newSlug,
            at: MONDAY,
          }),
        )
      const [a, b] = await Promise.all([publish(SLUG_A), publish(SLUG_B)])
      expect(a.slug).toBe(b.slug)
      expect((await store.publications.getPublication('w-1'))?.slug).toBe(a.slug)
    })

    it('[P28] forgets the slug when unpublished, keeps the parts, and publishes again under another', async () => {
      const store = await fresh()
      await store.publications.savePublication('w-1', {
        published: true,
        parts: ['investment'],
        newSlug: SLUG_A,
        at: MONDAY,
      })
      const withdrawn = await store.publications.savePublication('w-1', {
        published: false,
        parts: ['investment'],
        newSlug: SLUG_B,
        at: TUESDAY,
      })
      expect(withdrawn).toMatchObject({ slug: null, parts: ['investment'], publishedAt: null })
      expect(await store.publications.findPublishedBySlug(SLUG_A)).toBeNull()
      const again = await store.publications.savePublication('w-1', {
        published: true,
        parts: ['investment'],
        newSlug: SLUG_B,
        at: WEDNESDAY,
      })
      expect(again).toMatchObject({ slug: SLUG_B, publishedAt: WEDNESDAY })
      expect(await store.publications.findPublishedBySlug(SLUG_A)).toBeNull()
      expect((await store.publications.findPublishedBySlug(SLUG_B))?.workshopId).toBe('w-1')
    })

    it('saves settings of a workshop never published, without a link', async () => {
      const store = await fresh()
      expect(
        await store.publications.savePublication('w-2', {
          published: false,
          parts: ['text'],
          newSlug: SLUG_B,
          at: MONDAY,
        }),
      ).toMatchObject({ slug: null, parts: ['text'], publishedAt: null })
      expect(await store.publications.findPublishedBySlug(SLUG_B)).toBeNull()
    })

    it('refuses a workshop that does not exist, and forgets the page with its workshop ([G1])', async () => {
      const store = await fresh()
      await expect(
        Promise.resolve().then(() =>
          store.publications.savePublication('ghost', {
            published: true,
            parts: ['text'],
            newSlug: SLUG_B,
            at: MONDAY,
          }),
        ),
      ).rejects.toBeInstanceOf(UnknownWorkshopError)
      await store.publications.savePublication('w-1', {
        published: true,
        parts: ['text'],
        newSlug: SLUG_A,
        at: MONDAY,
      })
      await store.deleteWorkshop('w-1')
      expect(await store.publications.findPublishedBySlug(SLUG_A)).toBeNull()
      expect(await store.publications.getPublication('w-1')).toBeNull()
    })
  })
}
