import { addMeasure, listMeasures } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, propose } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { waitFor } from './helpers/waitFor.ts'

const COMPACT_AFTER_UPDATES = 10

describe('room lifecycle', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer(
      { DOC_UNLOAD_GRACE_MS: '50' },
      { compactAfterUpdates: COMPACT_AFTER_UPDATES },
    )
  })
  afterAll(() => server.close())

  it('unloads a doc after the grace period and loads it again from storage', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const key = { workshopId: workshop.id, doc: 'board' as const }
    const writer = connectClient(server.syncUrl, workshop.id, 'board', facilitatorToken)
    await writer.synced()
    for (let i = 0; i < 3; i++) {
      addMeasure(writer.doc, {
        fields: makeMeasureFields({ title: `Measure ${i}` }),
        proposer: { participantId: 'p', actorId: null },
      })
    }
    await waitFor(async () => (await server.context.store.docStats(key)).updates === 3, 'storage')
    writer.destroy()

    await waitFor(() => !server.context.registry.isLoaded(key), 'the doc to unload')
    // Unloading compacts: one snapshot, no update rows.
    expect(await server.context.store.docStats(key)).toEqual({ updates: 0, hasSnapshot: true })

    const reader = connectClient(server.syncUrl, workshop.id, 'board', facilitatorToken)
    await reader.synced()
    expect(listMeasures(reader.doc)).toHaveLength(3)
    reader.destroy()
  })

  it('compacts in the background while clients keep editing', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const key = { workshopId: workshop.id, doc: 'board' as const }
    const a = connectClient(server.syncUrl, workshop.id, 'board', facilitatorToken)
    const b = connectClient(server.syncUrl, workshop.id, 'board', facilitatorToken)
    await Promise.all([a.synced(), b.synced()])
    const count = COMPACT_AFTER_UPDATES * 3 + 2
    for (let i = 0; i < count; i++) propose(a, `Measure ${i}`)
    await waitFor(() => listMeasures(b.doc).length === count, 'b to see every edit')
    await waitFor(
      async () => (await server.context.store.docStats(key)).updates < COMPACT_AFTER_UPDATES,
      'compaction',
    )
    expect((await server.context.store.docStats(key)).hasSnapshot).toBe(true)
    const late = connectClient(server.syncUrl, workshop.id, 'board', facilitatorToken)
    await late.synced()
    expect(listMeasures(late.doc)).toHaveLength(count)
    for (const client of [a, b, late]) client.destroy()
  })
})
