import {
  addComment,
  addMeasure,
  type CreateWorkshopResponse,
  commentsByMeasure,
  getMeasure,
  listMeasures,
  reactionsByMeasure,
  toggleReaction,
  updateMeasure,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, propose, type TestClient } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

/**
 * [P8][P15] over the sync socket: the board room reads each update before applying it, so a
 * participant's client, however modified, edits only their own measures and comments, reacts
 * only for themselves and writes nothing in someone else's name. Refused like an observer's
 * write: never applied, stored or relayed; told; connection kept.
 */
describe('whose board content a writer may touch', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let anna: TestClient
  let bo: TestClient
  let boToken: string
  let facilitator: TestClient
  const clients: TestClient[] = []

  const connect = (token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, 'board', token)
    clients.push(client)
    return client
  }
  const stored = async () => server.storedDoc(workshop.workshop.id, 'board')

  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    anna = connect((await server.join(workshop.joinCode, { displayName: 'Anna' })).token)
    boToken = (await server.join(workshop.joinCode, { displayName: 'Bo' })).token
    bo = connect(boToken)
    facilitator = connect(workshop.facilitatorToken)
    await Promise.all([anna.synced(), bo.synced(), facilitator.synced()])
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('[P8] refuses an edit of someone else’s measure; the owner and the facilitator edit it', async () => {
    const { id } = propose(anna, 'Bike lanes')
    await waitFor(() => getMeasure(bo.doc, id) !== null, 'Anna’s card to reach Bo')

    updateMeasure(bo.doc, id, { title: 'Bo’s title' })
    await waitFor(() => bo.denials.length > 0, 'Bo to be told')
    expect(bo.denials).toEqual(['refused: you may edit only your own measures'])
    await sleep(50)
    expect(getMeasure(anna.doc, id)?.title).toBe('Bike lanes')
    expect(getMeasure(await stored(), id)?.title).toBe('Bike lanes')
    expect(bo.closeCodes).toEqual([])

    updateMeasure(facilitator.doc, id, { title: 'Bike lanes on Storgatan' })
    await waitFor(() => getMeasure(anna.doc, id)?.title === 'Bike lanes on Storgatan', 'relay')
    updateMeasure(anna.doc, id, { description: 'From the station to the river' })
    await waitFor(
      () => getMeasure(facilitator.doc, id)?.description === 'From the station to the river',
      'Anna’s own edit to arrive',
    )
  })

  it('[P8] refuses a proposal in someone else’s name', async () => {
    addMeasure(bo.doc, {
      fields: makeMeasureFields({ title: 'Signed Anna' }),
      proposer: { participantId: anna.participantId, actorId: null },
    })
    await waitFor(() => bo.denials.length > 0, 'Bo to be told')
    expect(bo.denials).toEqual(['refused: a new measure must name you as its proposer'])
    await sleep(50)
    expect(listMeasures(anna.doc)).toEqual([])
    expect(listMeasures(await stored())).toEqual([])
  })

  it('[P15] refuses a comment or a reaction in someone else’s name', async () => {
    const { id } = propose(anna, 'Bike lanes')
    await waitFor(() => getMeasure(bo.doc, id) !== null, 'the card to reach Bo')
    addComment(bo.doc, {
      measureId: id,
      authorParticipantId: anna.participantId,
      text: 'Anna says',
    })
    await waitFor(() => bo.denials.length > 0, 'Bo to be told')
    expect(bo.denials).toEqual(['refused: a new comment must name you as its author'])
    // [S2] Refused once, that copy of the board can write nothing more; a fresh one can try.
    const boAgain = connect(boToken)
    await boAgain.synced()
    toggleReaction(boAgain.doc, { measureId: id, participantId: anna.participantId, kind: 'love' })
    await waitFor(() => boAgain.denials.length > 0, 'Bo to be told again')
    expect(boAgain.denials[0]).toBe('refused: you react only for yourself')
    // Syncing, that copy may send the refused reaction once more: refused as built on it ([S2]).
    for (const denial of boAgain.denials.slice(1)) {
      expect(denial).toMatch(/^refused: this builds on a refused change/)
    }
    expect(commentsByMeasure(await stored()).size).toBe(0)
    expect(reactionsByMeasure(await stored(), null).size).toBe(0)
    expect(commentsByMeasure(anna.doc).size).toBe(0)
  })
})
