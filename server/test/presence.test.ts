import type { CreateWorkshopResponse } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RENEWAL_FLUSH_MS, RENEWAL_SPREAD_MS } from '../src/sync/RoomPresence.ts'
import { connectClient, type TestClient } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

const user = (name: string) => ({
  participantId: `p-${name}`,
  displayName: name,
  role: 'participant',
})

describe('presence (awareness) relay', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let token: string
  const clients: TestClient[] = []

  beforeAll(async () => {
    server = await startServer()
    workshop = await server.createWorkshop()
    token = (await server.join(workshop.joinCode)).token
  })
  afterAll(async () => {
    for (const client of clients) client.destroy()
    await server.close()
  })

  const received = () =>
    clients.reduce((sum, c) => sum + (c.socket()?.awarenessFramesReceived ?? 0), 0)
  const everyoneSees = (n: number) =>
    clients.every((c) => c.provider.awareness.getStates().size === n)

  it('one presence change from one of N clients costs N-1 frames; echoes are not relayed', async () => {
    const n = 6
    for (let i = 0; i < n; i++) {
      const client = connectClient(server.syncUrl, workshop.workshop.id, 'board', token)
      client.provider.awareness.setLocalStateField('user', user(`u${i}`))
      clients.push(client)
    }
    await waitFor(() => everyoneSees(n), 'everyone to see everyone')
    await sleep(100)
    const before = received()

    clients[0]!.provider.awareness.setLocalStateField('user', user('renamed'))
    await waitFor(
      () =>
        clients.every(
          (c) =>
            c.provider.awareness.getStates().get(clients[0]!.doc.clientID)?.user?.displayName ===
            'renamed',
        ),
      'the change to reach everyone',
    )
    await sleep(150) // time for any echo to come back round
    // A plain relay would add (N-1)² echo frames on top.
    expect(received() - before).toBe(n - 1)
  })

  it('a client that leaves is removed from everyone’s presence', async () => {
    const leaving = clients.pop()!
    const leavingId = leaving.doc.clientID
    leaving.destroy()
    await waitFor(
      () => clients.every((c) => !c.provider.awareness.getStates().has(leavingId)),
      'the leaver to disappear',
    )
    expect(everyoneSees(clients.length)).toBe(true)
  })

  it('a newcomer is told who is here', async () => {
    const newcomer = connectClient(server.syncUrl, workshop.workshop.id, 'board', token)
    clients.push(newcomer)
    newcomer.provider.awareness.setLocalStateField('user', user('new'))
    await waitFor(() => everyoneSees(clients.length), 'the newcomer to see everyone')
  })

  it(
    'a renewal (the same state again) reaches every other client within the renewal lane’s time',
    async () => {
      const renewing = clients[0]!
      const { awareness } = renewing.provider
      const clientId = renewing.doc.clientID
      const clockSeen = (c: TestClient) => c.provider.awareness.meta.get(clientId)?.clock ?? -1
      const others = clients.slice(1)
      const before = Math.max(...others.map(clockSeen))
      // what the stock provider does every 15 s to say it is still here
      awareness.setLocalState(awareness.getLocalState())
      const renewedClock = awareness.meta.get(clientId)!.clock
      expect(renewedClock).toBeGreaterThan(before)
      await waitFor(
        () => others.every((c) => clockSeen(c) === renewedClock),
        'the renewal to reach everyone',
        RENEWAL_FLUSH_MS + RENEWAL_SPREAD_MS + 2_000,
      )
    },
    RENEWAL_FLUSH_MS + RENEWAL_SPREAD_MS + 5_000,
  )
})
