import {
  addComment,
  CLOSE_CODES,
  type CreateInviteResponse,
  type CreateWorkshopResponse,
  type ErasePersonResponse,
  getMeasure,
  getParticipant,
  type JoinResponse,
  listAllComments,
  listModerationLog,
} from '@pactboard/shared'
import type { PlanExport } from '@pactboard/shared/plan'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, propose, type TestClient } from '../../../test/helpers/clients.ts'
import { cellsHoldingInFile, filesHold } from '../../../test/helpers/database.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'

const REMOVED = CLOSE_CODES.removed.code
const ANNA = 'Anna Lindqvist'
const ANNAS_WORDS = 'I live at Storgatan 12'

describe('[P23][G2] POST /api/workshops/:id/participants/:participantId/erase', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let anna: JoinResponse
  const clients: TestClient[] = []

  const url = (participantId: string, workshopId = workshop.workshop.id) =>
    `/api/workshops/${workshopId}/participants/${participantId}/erase`
  const erase = (participantId: string, token: string | null, workshopId?: string) =>
    server.app.inject({
      method: 'POST',
      url: url(participantId, workshopId),
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  const api = (method: 'GET' | 'POST' | 'PUT', path: string, token: string, payload?: object) =>
    server.app.inject({
      method,
      url: `/api/workshops/${workshop.workshop.id}${path}`,
      headers: { authorization: `Bearer ${token}` },
      ...(payload ? { payload } : {}),
    })
  const connect = (doc: 'board' | 'ledger', token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, doc, token)
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop({ facilitatorName: 'Frida' })
    anna = await server.join(workshop.joinCode, { displayName: ANNA })
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('renames them everywhere, removes their comments and words, keeps their measure, and the file holds their name nowhere', async () => {
    const annaBoard = connect('board', anna.token)
    const fridaBoard = connect('board', workshop.facilitatorToken)
    const fridaLedger = connect('ledger', workshop.facilitatorToken)
    await Promise.all([annaBoard.synced(), fridaBoard.synced(), fridaLedger.synced()])
    const measure = propose(annaBoard, 'Bike lanes on Storgatan')
    addComment(annaBoard.doc, {
      measureId: measure.id,
      authorParticipantId: anna.participant.id,
      text: ANNAS_WORDS,
    })
    await waitFor(() => listAllComments(fridaBoard.doc).length === 1, 'her comment to reach Frida')
    const reported = await api('POST', `/measures/${measure.id}/reports`, anna.token, {
      reason: `${ANNA} reports her own card`,
    })
    expect(reported.statusCode).toBe(201)
    await api('PUT', '/votes/reveal', workshop.facilitatorToken, { revealed: false })
    await server.context.store.putVotes(workshop.workshop.id, [
      { participantId: anna.participant.id, measureId: measure.id, count: 2 },
    ])
    expect(cellsHoldingInFile(server.dataDir, ANNA)).not.toEqual([])

    const response = await erase(anna.participant.id, workshop.facilitatorToken)
    expect(response.statusCode).toBe(200)
    const { participant } = response.json<ErasePersonResponse>()
    expect(participant).toMatchObject({
      id: anna.participant.id,
      displayName: 'Former participant 2',
      actorId: null,
      erased: { at: expect.any(String) },
    })

    // Connected screens follow: Frida's board loses the comment, her ledger shows the new name.
    await waitFor(() => listAllComments(fridaBoard.doc).length === 0, 'the comment to go')
    await waitFor(
      () =>
        getParticipant(fridaLedger.doc, anna.participant.id)?.displayName ===
        'Former participant 2',
      'the new name on Frida’s screen',
    )
    expect(getMeasure(fridaBoard.doc, measure.id)?.proposer.participantId).toBe(anna.participant.id)
    expect(listModerationLog(fridaLedger.doc).find((e) => e.action === 'report')?.reason).toBeNull()
    // Anna's own sockets close; her token is refused.
    await waitFor(() => annaBoard.closeCodes.includes(REMOVED), 'her socket to close with 4410')
    expect((await api('GET', '/votes/mine', anna.token)).json().error.code).toBe(
      'PARTICIPANT_REMOVED',
    )
    // Her dots still count, for nobody.
    const votes = await server.context.store.listVotes(workshop.workshop.id)
    expect(votes).toEqual([
      { participantId: expect.stringMatching(/^erased-/), measureId: measure.id, count: 2 },
    ])

    // The store, read directly: neither her name nor her words in any row, nor in the files.
    expect(cellsHoldingInFile(server.dataDir, ANNA)).toEqual([])
    expect(cellsHoldingInFile(server.dataDir, ANNAS_WORDS)).toEqual([])
    expect(filesHold(server.dataDir, ANNA)).toEqual([])
    expect(filesHold(server.dataDir, ANNAS_WORDS)).toEqual([])
    expect(cellsHoldingInFile(server.dataDir, 'Bike lanes on Storgatan')).not.toEqual([])

    // Exports: the measure stays, by the former participant.
    const json = (
      await api('GET', '/export?format=json', workshop.facilitatorToken)
    ).json<PlanExport>()
    expect(json.participants.map((p) => p.displayName)).toContain('Former participant 2')
    expect(JSON.stringify(json)).not.toContain(ANNA)
    expect(json.measures.map((m) => m.title)).toEqual(['Bike lanes on Storgatan'])
    const md = (await api('GET', '/export?format=md', workshop.facilitatorToken)).body
    expect(md).toContain('Former participant 2')
    expect(md).not.toContain(ANNA)
  })

  it('signs the versions they saved with the former name', async () => {
    const invite = (
      await api('POST', '/invites', workshop.facilitatorToken, { role: 'planner' })
    ).json<CreateInviteResponse>().invite
    const petra = (
      await server.app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { invite: invite.token, displayName: 'Petra Holm' },
      })
    ).json<JoinResponse>()
    expect((await api('POST', '/plan/versions', petra.token, { name: 'Draft' })).statusCode).toBe(
      201,
    )
    expect(cellsHoldingInFile(server.dataDir, 'Petra Holm')).toContain('doc_versions.author_name')

    const erased = await erase(petra.participant.id, workshop.facilitatorToken)
    expect(erased.json<ErasePersonResponse>().participant.displayName).toBe('Former participant 3')
    const versions = (await api('GET', '/plan/versions', workshop.facilitatorToken)).json()
    expect(versions.versions[0].author).toEqual({
      participantId: petra.participant.id,
      displayName: 'Former participant 3',
    })
    expect(cellsHoldingInFile(server.dataDir, 'Petra Holm')).toEqual([])
    expect(filesHold(server.dataDir, 'Petra Holm')).toEqual([])
  })

  it('names the former participant in the workshop’s language, and erasing twice changes nothing', async () => {
    const swedish = await server.createWorkshop({ language: 'sv' })
    const bo = await server.join(swedish.joinCode, { displayName: 'Bo' })
    const first = await erase(bo.participant.id, swedish.facilitatorToken, swedish.workshop.id)
    expect(first.json<ErasePersonResponse>().participant.displayName).toBe('Tidigare deltagare 2')
    const again = await erase(bo.participant.id, swedish.facilitatorToken, swedish.workshop.id)
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual(first.json())
  })

  it('refuses a participant, a planner, another workshop’s facilitator, an expired token and none', async () => {
    const planner = await server.tokenFor(workshop.workshop.id, 'planner')
    for (const token of [anna.token, planner]) {
      const response = await erase(workshop.participant.id, token)
      expect(response.statusCode).toBe(403)
      expect(response.json().error).toEqual({
        code: 'FORBIDDEN',
        message: "Only a facilitator erases a person's data",
      })
    }
    const other = await server.createWorkshop()
    expect((await erase(anna.participant.id, other.facilitatorToken)).statusCode).toBe(403)
    const expired = await server.context.tokens.sign(
      {
        workshopId: workshop.workshop.id,
        participantId: workshop.participant.id,
        role: 'facilitator',
        actorId: null,
      },
      -1,
    )
    expect((await erase(anna.participant.id, expired)).statusCode).toBe(401)
    expect((await erase(anna.participant.id, null)).statusCode).toBe(401)
    const ledger = await server.storedDoc(workshop.workshop.id, 'ledger')
    expect(getParticipant(ledger, anna.participant.id)?.displayName).toBe(ANNA)
  })

  it('answers 404 for someone not in the workshop and 400 for the last facilitator', async () => {
    const unknown = await erase('nobody', workshop.facilitatorToken)
    expect(unknown.statusCode).toBe(404)
    const last = await erase(workshop.participant.id, workshop.facilitatorToken)
    expect(last.statusCode).toBe(400)
    expect(last.json().error.message).toBe(
      'The last facilitator cannot be erased: invite another facilitator first',
    )
  })
})
