import {
  type CreateWorkshopResponse,
  getControlState,
  listMeasures,
  listParticipants,
  setBoardLocked,
  setPhase,
  updateMeasure,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeUpdate } from '../src/sync/protocol.ts'
import { connectClient, connectRaw, propose, type TestClient } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

const MAX_MESSAGE_BYTES = 64 * 1024

const titles = (client: TestClient) => listMeasures(client.doc).map((m) => m.title)

describe('sync over the stock WebsocketProvider', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let participantToken: string
  const clients: TestClient[] = []

  const connect = (doc: 'board' | 'control' | 'ledger' | 'plan', token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, doc, token)
    clients.push(client)
    return client
  }
  const storedBoard = async () =>
    listMeasures(await server.storedDoc(workshop.workshop.id, 'board')).map((m) => m.title)

  beforeAll(async () => {
    server = await startServer({ MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES) })
  })
  afterAll(() => server.close())
  // A fresh workshop per test keeps their docs apart.
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    participantToken = (await server.join(workshop.joinCode)).token
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('two clients converge on concurrent edits', async () => {
    const a = connect('board', workshop.facilitatorToken)
    const b = connect('board', participantToken)
    await Promise.all([a.synced(), b.synced()])
    propose(a, 'Solar roofs')
    propose(b, 'Bike lanes')
    await waitFor(() => titles(a).length === 2 && titles(b).length === 2, 'both measures on both')
    expect(titles(a).sort()).toEqual(['Bike lanes', 'Solar roofs'])
    expect(titles(b).sort()).toEqual(titles(a).sort())
    expect((await storedBoard()).sort()).toEqual(['Bike lanes', 'Solar roofs'])
  })

  it('a late joiner gets the full state', async () => {
    const a = connect('board', participantToken)
    await a.synced()
    for (let i = 0; i < 20; i++) propose(a, `Measure ${i}`)
    await waitFor(() => server.context.metrics.updatesTotal >= 20, 'the updates to arrive')
    const late = connect('board', participantToken)
    await late.synced()
    expect(titles(late)).toHaveLength(20)
  })

  it('[D1] server writes (a join) reach connected clients through the same path', async () => {
    const ledger = connect('ledger', workshop.facilitatorToken)
    await ledger.synced()
    await server.join(workshop.joinCode, { displayName: 'Cecilia' })
    await waitFor(
      () => listParticipants(ledger.doc).some((p) => p.displayName === 'Cecilia'),
      'the new participant in the ledger',
    )
  })

  it('[P3][D2] refuses an observer’s update: never relayed nor stored; told once, stays connected', async () => {
    const observerToken = await server.tokenFor(workshop.workshop.id, 'observer')
    const writer = connect('board', participantToken)
    const observer = connect('board', observerToken)
    await Promise.all([writer.synced(), observer.synced()])

    propose(observer, 'Forged by an observer')
    propose(observer, 'Forged again')
    await waitFor(() => observer.denials.length > 0, 'the observer to be told')
    expect(observer.denials).toEqual(['read-only: observer may not write board'])

    propose(writer, 'Heat pumps')
    await waitFor(() => titles(observer).includes('Heat pumps'), 'the observer to still receive')
    await sleep(50)
    expect(titles(writer)).toEqual(['Heat pumps'])
    expect(await storedBoard()).toEqual(['Heat pumps'])
    expect(observer.provider.wsconnected).toBe(true)
    expect(observer.closeCodes).toEqual([])
    expect(observer.denials).toHaveLength(1)
  })

  it('[D2] does not refuse a read-only client that reconnects with what it was sent', async () => {
    const writer = connect('board', participantToken)
    await writer.synced()
    propose(writer, 'Heat pumps')
    const [measure] = listMeasures(writer.doc)
    updateMeasure(writer.doc, measure!.id, { title: 'Heat pumps for every block' })
    const observerToken = await server.tokenFor(workshop.workshop.id, 'observer')
    const observer = connect('board', observerToken)
    await observer.synced()
    await waitFor(() => titles(observer).includes('Heat pumps for every block'), 'the edit')

    observer.provider.disconnect()
    observer.provider.connect()
    await observer.synced()
    await sleep(100)
    expect(observer.denials).toEqual([])
  })

  it('[P2][D2] refuses a participant’s write to control', async () => {
    const facilitator = connect('control', workshop.facilitatorToken)
    const participant = connect('control', participantToken)
    await Promise.all([facilitator.synced(), participant.synced()])
    setPhase(participant.doc, 'vote')
    await waitFor(() => participant.denials.length > 0, 'the participant to be told')
    expect(participant.denials[0]).toBe('read-only: participant may not write control')

    // Another key: the refused one stays in the participant's own doc, where it may win the
    // conflict locally; what matters is that nobody else ever sees it.
    setBoardLocked(facilitator.doc, true)
    await waitFor(() => getControlState(participant.doc).boardLocked, 'the lock to arrive')
    expect(getControlState(facilitator.doc)).toEqual({ phase: null, boardLocked: true })
    const stats = await server.context.store.docStats({
      workshopId: workshop.workshop.id,
      doc: 'control',
    })
    // The agenda seeded at creation, and the lock.
    expect(stats.updates).toBe(2)
  })

  it('[P5] refuses every client write to the ledger, the facilitator’s too', async () => {
    const facilitator = connect('ledger', workshop.facilitatorToken)
    await facilitator.synced()
    facilitator.doc.getMap('participants').set('forged', { displayName: 'Mallory' })
    await waitFor(() => facilitator.denials.length > 0, 'the facilitator to be told')
    expect(facilitator.denials[0]).toBe('read-only: facilitator may not write ledger')
  })

  it('[D3] a malformed frame closes only its own connection with 4400, nothing is stored', async () => {
    const a = connect('board', participantToken)
    const b = connect('board', participantToken)
    await Promise.all([a.synced(), b.synced()])
    const url = `${server.syncUrl}/${workshop.workshop.id}/board?token=${participantToken}`

    const garbage = connectRaw(url)
    await garbage.opened
    garbage.ws.send(new Uint8Array([0xff, 0xff, 0xff]))
    expect((await garbage.closed).code).toBe(4400)

    const valid = new Y.Doc()
    valid.getMap('measures').set('x', 'y')
    const truncated = Y.encodeStateAsUpdate(valid).slice(0, -3)
    const corrupt = connectRaw(url)
    await corrupt.opened
    corrupt.ws.send(encodeUpdate(truncated))
    expect((await corrupt.closed).code).toBe(4400)

    propose(a, 'Still working')
    await waitFor(() => titles(b).includes('Still working'), 'the others to keep syncing')
    expect(a.closeCodes).toEqual([])
    expect(b.closeCodes).toEqual([])
    const stats = await server.context.store.docStats({
      workshopId: workshop.workshop.id,
      doc: 'board',
    })
    expect(stats.updates).toBe(1)
  })

  it('an oversized frame closes only its own connection with 4413', async () => {
    const a = connect('board', participantToken)
    const b = connect('board', participantToken)
    await Promise.all([a.synced(), b.synced()])
    const big = connectRaw(
      `${server.syncUrl}/${workshop.workshop.id}/board?token=${participantToken}`,
    )
    await big.opened
    big.ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1))
    expect((await big.closed).code).toBe(4413)

    propose(a, 'After the big one')
    await waitFor(() => titles(b).includes('After the big one'), 'the others to keep syncing')
  })

  it('a provider whose edit is too large is closed with 4413 and does not reconnect', async () => {
    const a = connect('board', participantToken)
    await a.synced()
    propose(a, 'x'.repeat(100)) // fine
    a.doc.getMap('measures').set('huge', 'x'.repeat(MAX_MESSAGE_BYTES))
    await waitFor(() => a.closeCodes.includes(4413), 'the 4413 close')
    await sleep(300)
    expect(a.closeCodes).toEqual([4413])
    expect(a.provider.shouldConnect).toBe(false)
  })

  describe('admission', () => {
    const closeCodeFor = async (path: string) =>
      (await connectRaw(`${server.syncUrl}/${path}`).closed).code

    it('closes 4401 without a token, with a bad one or an expired one', async () => {
      const id = workshop.workshop.id
      const expired = await server.context.tokens.sign(
        { workshopId: id, participantId: 'p', role: 'participant', actorId: null },
        -1,
      )
      expect(await closeCodeFor(`${id}/board`)).toBe(4401)
      expect(await closeCodeFor(`${id}/board?token=nonsense`)).toBe(4401)
      expect(await closeCodeFor(`${id}/board?token=${expired}`)).toBe(4401)
    })

    it('closes 4403 for a token of another workshop', async () => {
      const other = await server.createWorkshop()
      expect(await closeCodeFor(`${other.workshop.id}/board?token=${participantToken}`)).toBe(4403)
    })

    it('closes 4404 for an unknown doc or workshop and creates no storage', async () => {
      const ghostToken = await server.tokenFor('ghost', 'facilitator')
      expect(await closeCodeFor(`${workshop.workshop.id}/secrets?token=${participantToken}`)).toBe(
        4404,
      )
      expect(await closeCodeFor(`ghost/board?token=${ghostToken}`)).toBe(4404)
      expect(await server.context.store.docStats({ workshopId: 'ghost', doc: 'board' })).toEqual({
        updates: 0,
        hasSnapshot: false,
      })
      expect(server.context.registry.isLoaded({ workshopId: 'ghost', doc: 'board' })).toBe(false)
    })

    it('a refused provider stops reconnecting', async () => {
      const client = connect('board', 'nonsense')
      await waitFor(() => client.closeCodes.length > 0, 'the close')
      await sleep(400)
      expect(client.closeCodes).toEqual([4401])
    })
  })
})
