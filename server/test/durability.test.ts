import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type CreateWorkshopResponse, listMeasures } from '@pactboard/shared'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { DATABASE_FILE } from '../src/app.ts'
import { SqliteStore } from '../src/storage/SqliteStore.ts'
import {
  SERVER_MAIN,
  type ServerProcess,
  startServerProcess,
} from '../src/testing/serverProcess.ts'
import { connectClient, propose, type TestClient } from './helpers/clients.ts'
import { IN_CI, scaleOutPlace, servicesMissing } from './helpers/services.ts'
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
  for (let i = 0; i < count; i++) propose(client, `Measure ${i}`)
}

describe('durability of the built server process', () => {
  let dataDir: string
  const servers: ServerProcess[] = []
  const clients: TestClient[] = []
  const connect = (server: ServerProcess, workshopId: string, token: string, doc?: Y.Doc) => {
    const client = connectClient(server.syncUrl, workshopId, 'board', token, doc)
    clients.push(client)
    return client
  }
  /** `node dist/main.js` on a free port and this test's DATA_DIR, ready when /healthz answers. */
  const start = async () => {
    const server = await startServerProcess({
      dataDir,
      output: 'capture',
      env: { CLIENT_DIST: join(dataDir, 'no-client') },
    })
    servers.push(server)
    return server
  }

  // dist/main.js, the artefact `npm start` runs, built afresh so the process tests use the real thing
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'inherit',
    })
  })
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pactboard-durability-'))
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(servers.splice(0).map((server) => server.kill('SIGKILL')))
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('refuses a second server on the same DATA_DIR, saying why; the first keeps serving', async () => {
    const first = await start()
    const second = spawn(process.execPath, [SERVER_MAIN], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    second.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve))
    expect(code).toBe(1)
    expect(stderr).toContain(`Another Pactboard server is running on DATA_DIR ${dataDir}`)
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)
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

    expect((await first.kill('SIGKILL')).signal).toBe('SIGKILL')
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

    expect(await first.kill('SIGTERM')).toEqual({ code: 0, signal: null })
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

  it('[D1] kill -9 of one of two instances in a write burst: the writer moves to the other, nothing seen is lost', async (context) => {
    const missing = await servicesMissing()
    if (missing && !IN_CI) {
      console.warn(`${missing}: skipping the two-instance kill -9 test`)
      context.skip()
    }
    if (missing) throw new Error(`CI must run the two-instance kill -9 test: ${missing}`)
    const place = await scaleOutPlace()
    try {
      const env = {
        DATABASE_URL: place.databaseUrl,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        REDIS_PREFIX: place.redisPrefix,
        PACTBOARD_SECRET: 'a-secret-both-instances-share-0123456789',
        CLIENT_DIST: join(dataDir, 'no-client'),
      }
      const start = (dir: string) =>
        startServerProcess({ dataDir: dir, output: 'capture', env }).then((server) => {
          servers.push(server)
          return server
        })
      const one = await start(join(dataDir, 'one'))
      const two = await start(join(dataDir, 'two'))
      const { workshop, facilitatorToken } = await createWorkshop(one)
      const writer = connect(one, workshop.id, facilitatorToken)
      const watcher = connect(two, workshop.id, facilitatorToken)
      await Promise.all([writer.synced(), watcher.synced()])

      const count = 300
      proposeMany(writer, count)
      await waitFor(() => listMeasures(watcher.doc).length >= 50, 'the burst to reach instance two')
      await one.kill('SIGKILL')
      const seen = listMeasures(watcher.doc).map((m) => m.id)
      expect(seen.length).toBeGreaterThanOrEqual(50)

      // The writer's provider would retry the dead instance; a load balancer sends it to the
      // live one, with everything its doc holds.
      writer.provider.destroy()
      connect(two, workshop.id, facilitatorToken, writer.doc)
      await waitFor(() => listMeasures(watcher.doc).length === count, 'every proposal', 15_000)
      const fresh = connect(two, workshop.id, facilitatorToken)
      await fresh.synced()
      const ids = listMeasures(fresh.doc).map((m) => m.id)
      expect(ids).toHaveLength(count)
      expect(ids).toEqual(expect.arrayContaining(seen))
    } finally {
      for (const client of clients.splice(0)) client.destroy()
      await Promise.all(servers.splice(0).map((server) => server.kill('SIGKILL')))
      await place.drop()
    }
  }, 60_000)
})
