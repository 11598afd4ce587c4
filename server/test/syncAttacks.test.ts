import {
  addComment,
  addMeasure,
  type CreateWorkshopResponse,
  getMeasure,
  listMeasures,
  type PresenceState,
  type TokenClaims,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  connectClient,
  connectRaw,
  propose,
  type RawClient,
  type TestClient,
} from './helpers/clients.ts'
import { floodUpdate, forwardOriginUpdate, presenceFrame, updateFrame } from './helpers/hostile.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

/**
 * [D3][S1][S2] One bad update harms only its sender, and what a connection says is its own:
 * crafted updates against the sync core itself, whatever doc they target.
 */
describe('the sync core against a hostile connection', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let annaToken: string
  let malloryToken: string
  let bystander: TestClient
  const clients: TestClient[] = []
  const raws: RawClient[] = []

  const connect = (token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, 'board', token)
    clients.push(client)
    return client
  }
  const raw = async (token: string) => {
    const client = connectRaw(
      `${server.syncUrl}/${workshop.workshop.id}/board?token=${encodeURIComponent(token)}`,
    )
    raws.push(client)
    await client.opened
    return client
  }
  /** The room still works for everyone else: a new proposal reaches the bystander. */
  async function roomStillWorks(): Promise<void> {
    const anna = connect(annaToken)
    await anna.synced()
    const { id } = propose(anna, 'Still here')
    await waitFor(() => getMeasure(bystander.doc, id) !== null, 'a proposal after the attack')
    expect(bystander.closeCodes).toEqual([])
  }

  beforeAll(async () => {
    server = await startServer({ MAX_DOC_BYTES: String(256 * 1024) })
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    annaToken = (await server.join(workshop.joinCode, { displayName: 'Anna' })).token
    malloryToken = (await server.join(workshop.joinCode, { displayName: 'Mallory' })).token
    bystander = connect(workshop.facilitatorToken)
    await bystander.synced()
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
    for (const client of raws.splice(0)) client.ws.terminate()
  })

  it('[D3] an item whose origin is a clock its client never reached closes only its sender', async () => {
    const mallory = await raw(malloryToken)
    mallory.ws.send(updateFrame(forwardOriginUpdate(4242, 0)))
    expect((await mallory.closed).code).toBe(4400)
    await roomStillWorks()
    expect(server.context.metrics.roomRebuildsTotal).toBeGreaterThan(0)
  })

  it('[D3] an update that builds on content the doc lacks is not kept pending: its sender is closed', async () => {
    const elsewhere = new Y.Doc()
    elsewhere.getMap('measures').set('a', new Y.Map())
    const before = Y.encodeStateVector(elsewhere)
    elsewhere.getMap('measures').set('b', new Y.Map())
    const mallory = await raw(malloryToken)
    mallory.ws.send(updateFrame(Y.encodeStateAsUpdate(elsewhere, before)))
    expect((await mallory.closed).code).toBe(4400)
    const stored = await server.storedDoc(workshop.workshop.id, 'board')
    expect(stored.store.pendingStructs).toBeNull()
    await roomStillWorks()
  })

  it('[D3] 60,000 one-element inserts in one frame are refused before Yjs integrates them', async () => {
    const mallory = await raw(malloryToken)
    const flood = floodUpdate('measures', 60_000)
    mallory.ws.send(updateFrame(flood))
    expect((await mallory.closed).code).toBe(4413)
    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    await roomStillWorks()
  })

  it('[D3] a phone’s offline afternoon arrives in one update and is taken whole', async () => {
    const phone = connect(annaToken)
    await phone.synced()
    phone.provider.disconnect()
    const ids: string[] = []
    for (let i = 0; i < 120; i++) {
      const { id } = propose(phone, `Offline idea ${i}`)
      ids.push(id)
      addComment(phone.doc, {
        measureId: id,
        authorParticipantId: phone.participantId,
        text: 'And why',
      })
    }
    phone.provider.connect()
    await waitFor(() => listMeasures(bystander.doc).length === ids.length, 'the backlog', 10_000)
    expect(phone.closeCodes).toEqual([])
    expect(phone.denials).toEqual([])
  })

  it('[S1] Mallory cannot speak for Anna’s presence', async () => {
    const anna = connect(annaToken)
    await anna.synced()
    const annaState: PresenceState = {
      user: { participantId: anna.participantId, displayName: 'Anna', role: 'participant' },
    }
    anna.provider.awareness.setLocalState(annaState)
    const annaId = anna.doc.clientID
    await waitFor(() => bystander.provider.awareness.getStates().has(annaId), 'Anna’s presence')
    const mallory = await raw(malloryToken)
    mallory.ws.send(
      presenceFrame(annaId, 1_000, { user: { ...annaState.user, displayName: 'Anna is gone' } }),
    )
    mallory.ws.send(presenceFrame(annaId, 1_001, null))
    await sleep(150)
    expect(bystander.provider.awareness.getStates().get(annaId)).toEqual(annaState)
  })

  it('[S1] Mallory cannot write under Anna’s client id', async () => {
    const anna = connect(annaToken)
    await anna.synced()
    propose(anna, 'Anna’s first')
    await waitFor(() => listMeasures(bystander.doc).length === 1, 'Anna’s card')
    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(bystander.doc))
    // Set after the state arrives: Yjs picks a new id when a remote update carries its own.
    forged.clientID = anna.doc.clientID
    const before = Y.encodeStateVector(forged)
    addMeasure(forged, {
      fields: makeMeasureFields({ title: 'Written as Anna’s client' }),
      proposer: { participantId: 'mallory', actorId: null },
    })
    const mallory = await raw(malloryToken)
    mallory.ws.send(updateFrame(Y.encodeStateAsUpdate(forged, before)))
    await waitFor(() => mallory.frames.some((f) => f[0] === 2), 'the refusal')
    const denial = new TextDecoder().decode(mallory.frames.find((f) => f[0] === 2)!)
    expect(denial).toContain('refused: that client id is someone else’s')
    // Anna's own next write is hers, untouched by the attempt.
    propose(anna, 'Anna’s second')
    await waitFor(() => listMeasures(bystander.doc).length === 2, 'Anna’s second card')
  })

  it('[S1] a copy of the doc sent back (others’ and the server’s structs in it) claims only what is new', async () => {
    const anna = connect(annaToken)
    await anna.synced()
    propose(anna, 'Anna’s card')
    await waitFor(() => listMeasures(bystander.doc).length === 1, 'Anna’s card')
    // What a phone reloading from IndexedDB sends: its whole copy, plus its own new card.
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(bystander.doc))
    const mallory = await raw(malloryToken)
    const malloryId: string = JSON.parse(
      Buffer.from(malloryToken.split('.')[1] ?? '', 'base64url').toString(),
    ).participantId
    addMeasure(copy, {
      fields: makeMeasureFields({ title: 'Mallory’s own card' }),
      proposer: { participantId: malloryId, actorId: null },
    })
    mallory.ws.send(updateFrame(Y.encodeStateAsUpdate(copy)))
    await waitFor(() => listMeasures(bystander.doc).length === 2, 'Mallory’s own card')
    expect(mallory.frames.some((f) => f[0] === 2)).toBe(false)
  })

  it('[P22] the board refuses clients past its size cap', async () => {
    const mallory = connect(malloryToken)
    await mallory.synced()
    for (let i = 0; i < 60; i++) propose(mallory, `Card ${i}`)
    const long = 'x'.repeat(4900)
    for (const measure of listMeasures(mallory.doc)) {
      mallory.doc.getMap<Y.Map<unknown>>('measures').get(measure.id)!.set('description', long)
    }
    await waitFor(() => mallory.denials.length > 0, 'the board to be full', 10_000)
    expect(mallory.denials[0]).toBe('refused: the board is full')
    expect(bystander.closeCodes).toEqual([])
  })

  it('[D3] someone who keeps sending refused changes is cut off (4429), whatever sockets they open; others write on', async () => {
    const limited = await startServer({ MAX_REBUILDS_PER_MINUTE: '3' })
    try {
      const created = await limited.createWorkshop()
      const token = (await limited.join(created.joinCode, { displayName: 'Mallory' })).token
      const other = (await limited.join(created.joinCode, { displayName: 'Anna' })).token
      const sockets: RawClient[] = []
      const socket = async (withToken: string) => {
        const client = connectRaw(
          `${limited.syncUrl}/${created.workshop.id}/board?token=${encodeURIComponent(withToken)}`,
        )
        raws.push(client)
        sockets.push(client)
        await client.opened
        return client
      }
      const graffiti = (i: number) => {
        const doc = new Y.Doc()
        doc.getMap('graffiti').set('x', i)
        return updateFrame(Y.encodeStateAsUpdate(doc))
      }
      // Three refused changes from three sockets spend the budget; the fourth socket's first
      // change is refused before it is applied, and the socket closed.
      for (let i = 0; i < 3; i++) {
        const mallory = await socket(token)
        mallory.ws.send(graffiti(i))
        await waitFor(() => mallory.frames.some((f) => f[0] === 2), 'the refusal')
      }
      const rebuilds = limited.context.metrics.roomRebuildsTotal
      const fourth = await socket(token)
      fourth.ws.send(graffiti(3))
      expect((await fourth.closed).code).toBe(4429)
      expect(limited.context.metrics.roomRebuildsTotal).toBe(rebuilds)
      // Anna's budget is her own.
      const anna = connectClient(limited.syncUrl, created.workshop.id, 'board', other)
      clients.push(anna)
      await anna.synced()
      propose(anna, 'Still mine to propose')
      await waitFor(
        async () =>
          listMeasures(await limited.storedDoc(created.workshop.id, 'board')).length === 1,
        'Anna’s proposal',
      )
    } finally {
      await limited.close()
    }
  })

  it('[D3] sockets per participant per minute are limited before the upgrade (429); others connect', async () => {
    const limited = await startServer({ RATE_LIMIT_SYNC_CONNECTIONS_PER_MINUTE: '4' })
    try {
      const created = await limited.createWorkshop()
      const url = (token: string) =>
        `${limited.syncUrl}/${created.workshop.id}/board?token=${encodeURIComponent(token)}`
      const mallory = (await limited.join(created.joinCode, { displayName: 'Mallory' })).token
      const anna = (await limited.join(created.joinCode, { displayName: 'Anna' })).token
      for (let i = 0; i < 4; i++) {
        const socket = connectRaw(url(mallory))
        raws.push(socket)
        await socket.opened
      }
      const fifth = connectRaw(url(mallory))
      raws.push(fifth)
      await expect(fifth.opened).rejects.toThrow('HTTP 429')
      const other = connectRaw(url(anna))
      raws.push(other)
      await other.opened
    } finally {
      await limited.close()
    }
  })

  it('[D3] bytes per second are limited per connection (4429)', async () => {
    const limited = await startServer({
      MAX_BYTES_PER_SECOND: '8192',
      MAX_MESSAGE_BYTES: '65536',
    })
    try {
      const created = await limited.createWorkshop()
      const token = (await limited.join(created.joinCode)).token
      const mallory = connectRaw(
        `${limited.syncUrl}/${created.workshop.id}/board?token=${encodeURIComponent(token)}`,
      )
      raws.push(mallory)
      await mallory.opened
      const frame = presenceFrame(1, 1, { pad: 'y'.repeat(60_000) })
      for (let i = 0; i < 3; i++) mallory.ws.send(frame)
      expect((await mallory.closed).code).toBe(4429)
    } finally {
      await limited.close()
    }
  })

  it('[D3] a socket whose token expires is closed then with 4401', async () => {
    const claims: TokenClaims = {
      workshopId: workshop.workshop.id,
      participantId: 'short-lived',
      role: 'participant',
      actorId: null,
    }
    const token = await server.context.tokens.sign(claims, 1.5 / 3600)
    const client = connect(token)
    await client.synced()
    await waitFor(() => client.closeCodes.includes(4401), 'the expiry', 5_000)
  })
})
