import {
  CLOSE_CODES,
  type CreateInviteResponse,
  type CreateWorkshopResponse,
  getParticipant,
  type JoinResponse,
  type RemoveParticipantResponse,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, connectRaw, type TestClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'

const REMOVED = CLOSE_CODES.removed.code

describe('[P12] removing a participant', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let anna: JoinResponse
  const clients: TestClient[] = []

  const remove = (participantId: string, token: string, workshopId = workshop.workshop.id) =>
    server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${workshopId}/participants/${participantId}`,
      headers: { authorization: `Bearer ${token}` },
    })
  const getWorkshop = (token: string) =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.workshop.id}`,
      headers: { authorization: `Bearer ${token}` },
    })
  const connect = (doc: 'board' | 'control' | 'ledger' | 'plan', token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, doc, token)
    clients.push(client)
    return client
  }
  const storedLedger = () => server.storedDoc(workshop.workshop.id, 'ledger')

  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    anna = await server.join(workshop.joinCode)
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('closes all their open connections with 4410 at once; reconnecting is refused', async () => {
    const board = connect('board', anna.token)
    const ledger = connect('ledger', anna.token)
    const bo = connect('board', (await server.join(workshop.joinCode, { displayName: 'Bo' })).token)
    await Promise.all([board.synced(), ledger.synced(), bo.synced()])

    const response = await remove(anna.participant.id, workshop.facilitatorToken)
    expect(response.statusCode).toBe(200)
    await waitFor(
      () => board.closeCodes.includes(REMOVED) && ledger.closeCodes.includes(REMOVED),
      'both of her connections to close with 4410',
      1000,
    )
    // 44xx is final, so the stock provider stops; made to try again, it is refused again.
    board.provider.connect()
    await waitFor(
      () => board.closeCodes.filter((c) => c === REMOVED).length >= 2,
      'a refused reconnect',
    )
    expect(bo.closeCodes).toEqual([])
    expect(bo.provider.wsconnected).toBe(true)

    const raw = connectRaw(`${server.syncUrl}/${workshop.workshop.id}/plan?token=${anna.token}`)
    expect(await raw.closed).toEqual({ code: REMOVED, reason: 'Removed from the workshop' })
  })

  it('refuses a connection whose admission was already past the store check', async () => {
    // What an admission racing the removal sees: the store said yes, the registry then says no.
    server.context.registry.removeParticipant(workshop.workshop.id, anna.participant.id)
    const raw = connectRaw(`${server.syncUrl}/${workshop.workshop.id}/board?token=${anna.token}`)
    expect((await raw.closed).code).toBe(REMOVED)
  })

  it('answers their API calls 401 PARTICIPANT_REMOVED; others carry on', async () => {
    expect((await getWorkshop(anna.token)).statusCode).toBe(200)
    await remove(anna.participant.id, workshop.facilitatorToken)
    const refused = await getWorkshop(anna.token)
    expect(refused.statusCode).toBe(401)
    expect(refused.json().error).toEqual({
      code: 'PARTICIPANT_REMOVED',
      message: 'You were removed from the workshop',
    })
    expect((await getWorkshop(workshop.facilitatorToken)).statusCode).toBe(200)
  })

  it('keeps them in the ledger with who removed them and when', async () => {
    const before = Date.now()
    const { participant } = (
      await remove(anna.participant.id, workshop.facilitatorToken)
    ).json<RemoveParticipantResponse>()
    expect(participant.removed?.by).toBe(workshop.participant.id)
    expect(Date.parse(participant.removed?.at ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(getParticipant(await storedLedger(), anna.participant.id)).toEqual(participant)
    // Removing again changes nothing.
    const again = await remove(anna.participant.id, workshop.facilitatorToken)
    expect(again.json<RemoveParticipantResponse>().participant).toEqual(participant)
  })

  it('lets neither a participant nor a planner remove anyone', async () => {
    const planner = await server.tokenFor(workshop.workshop.id, 'planner')
    for (const token of [anna.token, planner]) {
      const response = await remove(workshop.participant.id, token)
      expect(response.statusCode).toBe(403)
      expect(response.json().error.code).toBe('FORBIDDEN')
    }
    expect(getParticipant(await storedLedger(), workshop.participant.id)?.removed).toBeUndefined()
  })

  it('refuses a facilitator of another workshop and an unknown participant', async () => {
    const other = await server.createWorkshop()
    expect((await remove(anna.participant.id, other.facilitatorToken)).statusCode).toBe(403)
    const unknown = await remove('nobody', workshop.facilitatorToken)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('NOT_FOUND')
  })

  it('keeps the last facilitator; a second one may leave', async () => {
    const self = await remove(workshop.participant.id, workshop.facilitatorToken)
    expect(self.statusCode).toBe(400)
    expect(self.json().error.message).toBe(
      'The last facilitator cannot be removed: invite another facilitator first',
    )
    const { invite } = (
      await server.app.inject({
        method: 'POST',
        url: `/api/workshops/${workshop.workshop.id}/invites`,
        headers: { authorization: `Bearer ${workshop.facilitatorToken}` },
        payload: { role: 'facilitator' },
      })
    ).json<CreateInviteResponse>()
    const second = await server.join('', { code: undefined, invite: invite.token })
    expect((await remove(workshop.participant.id, second.token)).statusCode).toBe(200)
    expect((await remove(second.participant.id, second.token)).statusCode).toBe(400)
    expect((await getWorkshop(workshop.facilitatorToken)).statusCode).toBe(401)
  })
})
