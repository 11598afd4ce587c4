import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { addMeasure, type CreateWorkshopResponse, listMeasures } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DATABASE_FILE } from '../src/app.ts'
import { SqliteStore } from '../src/storage/SqliteStore.ts'
import { connectClient, type TestClient } from './helpers/clients.ts'
import { buildServer, type ServerProcess, spawnServer } from './helpers/process.ts'
import { waitFor } from './helpers/waitFor.ts'

async function createWorkshop(server: ServerProcess): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${server.url}/api/workshops`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Durability evening', city: 'Umeå' }),
  })
  return (await response.json()) as CreateWorkshopResponse
}

function proposeMany(client: TestClient, count: number): void {
  for (let i = 0; i < count; i++) {
    addMeasure(client.doc, {
      fields: makeMeasureFields({ title: `Measure ${i}` }),
      proposer: { participantId: 'p', actorId: null },
    })
  }
}

describe('durability of the built server process', () => {
  let dataDir: string
  const servers: ServerProcess[] = []
  const clients: TestClient[] = []
  const connect = (server: ServerProcess, workshopId: string, token: string) => {
    const client = connectClient(server.syncUrl, workshopId, 'board', token)
    clients.push(client)
    return client
  }
  const start = async () => {
    const server = await spawnServer(dataDir)
    servers.push(server)
    return server
  }

  beforeAll(() => buildServer())
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pactboard-durability-'))
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
    for (const server of servers.splice(0)) server.child.kill('SIGKILL')
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('[D1] every update another client has seen survives kill -9', async () => {
    const count = 500
    const first = await start()
    const { workshop, facilitatorToken } = await createWorkshop(first)
    const writer = connect(first, workshop.id, facilitatorToken)
    const watcher = connect(first, workshop.id, facilitatorToken)
    await Promise.all([writer.synced(), watcher.synced()])

    proposeMany(writer, count)
    await waitFor(
      () => listMeasures(watcher.doc).length === count,
      'the watcher to see all',
      15_000,
    )
    const seen = listMeasures(watcher.doc).map((m) => m.id)

    first.child.kill('SIGKILL')
    expect((await first.exited).signal).toBe('SIGKILL')
    for (const client of clients.splice(0)) client.destroy()

    const second = await start()
    const fresh = connect(second, workshop.id, facilitatorToken)
    await fresh.synced()
    expect(listMeasures(fresh.doc).map((m) => m.id)).toEqual(seen)
  })

  it('SIGTERM closes the sockets with 1001, compacts, and exits 0 with the data kept', async () => {
    const first = await start()
    const { workshop, facilitatorToken } = await createWorkshop(first)
    const writer = connect(first, workshop.id, facilitatorToken)
    await writer.synced()
    proposeMany(writer, 30)
    const readBack = connect(first, workshop.id, facilitatorToken)
    await waitFor(() => listMeasures(readBack.doc).length === 30, 'the edits to arrive')

    first.child.kill('SIGTERM')
    expect(await first.exited).toEqual({ code: 0, signal: null })
    expect(writer.closeCodes).toContain(1001)
    for (const client of clients.splice(0)) client.destroy()

    const store = new SqliteStore(join(dataDir, DATABASE_FILE))
    expect(store.docStats({ workshopId: workshop.id, doc: 'board' })).toEqual({
      updates: 0,
      hasSnapshot: true,
    })
    store.close()

    const second = await start()
    const fresh = connect(second, workshop.id, facilitatorToken)
    await fresh.synced()
    expect(listMeasures(fresh.doc)).toHaveLength(30)
  })
})
