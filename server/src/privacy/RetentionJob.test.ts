import { afterEach, describe, expect, it, vi } from 'vitest'
import { connectClient, propose } from '../../test/helpers/clients.ts'
import { rowsOfWorkshopInFile } from '../../test/helpers/database.ts'
import { startServer, type TestServer } from '../../test/helpers/server.ts'
import { waitFor } from '../../test/helpers/waitFor.ts'
import { RetentionJob } from './RetentionJob.ts'

const DAY_MS = 24 * 3600 * 1000

describe('[G3] RETENTION_DAYS', () => {
  let server: TestServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
    vi.useRealTimers()
  })

  it('is off by default', async () => {
    server = await startServer()
    expect(server.context.retention).toBeNull()
    expect(server.context.config.privacy.retentionDays).toBeNull()
  })

  it('deletes a workshop that many days after its last activity, not before, and leaves active ones', async () => {
    let nowMs = Date.now()
    server = await startServer({ RETENTION_DAYS: '30' }, { now: () => new Date(nowMs) })
    const retention = server.context.retention
    if (!retention) throw new Error('retention is on')
    const quiet = await server.createWorkshop({ title: 'Quiet evening' })
    const busy = await server.createWorkshop({ title: 'Busy evening' })
    const anna = await server.join(busy.joinCode)

    // Day 20: someone edits the busy one.
    nowMs += 20 * DAY_MS
    const client = connectClient(server.syncUrl, busy.workshop.id, 'board', anna.token)
    await client.synced()
    propose(client, 'Bike lanes')
    await waitFor(async () => {
      const ids = await server!.context.store.listInactiveWorkshops(
        new Date(nowMs - DAY_MS).toISOString(),
        10,
      )
      return !ids.includes(busy.workshop.id)
    }, 'the activity to be noted')
    client.destroy()
    // Until her socket is gone an update of hers could still land, and count as activity later.
    await waitFor(
      () => !server!.context.registry.hasConnections(busy.workshop.id),
      'her socket to close',
    )

    nowMs += 9 * DAY_MS // day 29: nothing is due yet
    expect(await retention.runOnce()).toEqual([])

    nowMs += 2 * DAY_MS // day 31: the quiet one is due, the busy one was active 11 days ago
    expect(await retention.runOnce()).toEqual([quiet.workshop.id])
    for (const count of Object.values(rowsOfWorkshopInFile(server.dataDir, quiet.workshop.id))) {
      expect(count).toBe(0)
    }
    expect(await server.context.store.getWorkshop(busy.workshop.id)).not.toBeNull()

    nowMs += 20 * DAY_MS // day 51: the busy one's 30 days are over too
    expect(await retention.runOnce()).toEqual([busy.workshop.id])
    const gone = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${busy.workshop.id}`,
      headers: { authorization: `Bearer ${busy.facilitatorToken}` },
    })
    expect(gone.statusCode).toBe(404)
  })

  it('leaves a workshop someone is connected to, whatever its recorded activity', async () => {
    let nowMs = Date.now()
    server = await startServer({ RETENTION_DAYS: '1' }, { now: () => new Date(nowMs) })
    const created = await server.createWorkshop()
    const client = connectClient(
      server.syncUrl,
      created.workshop.id,
      'board',
      created.facilitatorToken,
    )
    await client.synced()
    nowMs += 5 * DAY_MS
    expect(await server.context.retention?.runOnce()).toEqual([])
    client.destroy()
  })

  it('sweeps on its own every hour once started, and stops', async () => {
    vi.useFakeTimers()
    const listInactive = vi.fn(() => [] as string[])
    const job = new RetentionJob({
      retentionDays: 7,
      now: () => new Date('2026-05-01T00:00:00.000Z'),
      listInactive,
      isInUse: () => false,
      deleteWorkshop: async () => true,
      log: { info() {}, error() {} },
    })
    job.start()
    await vi.advanceTimersByTimeAsync(10)
    expect(listInactive).toHaveBeenCalledTimes(1)
    expect(listInactive).toHaveBeenCalledWith('2026-04-24T00:00:00.000Z', 100)
    await vi.advanceTimersByTimeAsync(2 * 3600 * 1000)
    expect(listInactive).toHaveBeenCalledTimes(3)
    await job.stop()
    await vi.advanceTimersByTimeAsync(5 * 3600 * 1000)
    expect(listInactive).toHaveBeenCalledTimes(3)
  })

  it('carries on past a workshop it cannot delete, and asks for each once a sweep', async () => {
    const errors: object[] = []
    const job = new RetentionJob({
      retentionDays: 7,
      now: () => new Date(),
      listInactive: () => ['w-bad', 'w-good'],
      isInUse: () => false,
      deleteWorkshop: async (id) => {
        if (id === 'w-bad') throw new Error('disk full')
        return true
      },
      log: { info() {}, error: (obj) => errors.push(obj) },
    })
    expect(await job.runOnce()).toEqual(['w-good'])
    expect(errors).toHaveLength(1)
  })
})
