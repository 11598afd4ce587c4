import {
  type CreateInviteResponse,
  type GetWorkshopResponse,
  getJoinLockedMirror,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'

describe('[P12] locking joining', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const patch = (workshopId: string, token: string, payload: object) =>
    server.app.inject({
      method: 'PATCH',
      url: `/api/workshops/${workshopId}`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    })
  const join = (payload: object) => server.app.inject({ method: 'POST', url: '/api/join', payload })

  it('refuses joining by code while locked, still takes invites, and opens again', async () => {
    const { workshop, joinCode, facilitatorToken } = await server.createWorkshop()
    expect(workshop.joinLocked).toBe(false)

    const locked = await patch(workshop.id, facilitatorToken, { joinLocked: true })
    expect(locked.statusCode).toBe(200)
    expect(locked.json<GetWorkshopResponse>().workshop.joinLocked).toBe(true)

    const refused = await join({ code: joinCode, displayName: 'Late Lars' })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error).toEqual({
      code: 'JOIN_LOCKED',
      message: 'The facilitator has closed joining',
    })

    const { invite } = (
      await server.app.inject({
        method: 'POST',
        url: `/api/workshops/${workshop.id}/invites`,
        headers: { authorization: `Bearer ${facilitatorToken}` },
        payload: { role: 'observer' },
      })
    ).json<CreateInviteResponse>()
    expect((await join({ invite: invite.token, displayName: 'Press Petra' })).statusCode).toBe(200)

    await patch(workshop.id, facilitatorToken, { joinLocked: false })
    expect((await join({ code: joinCode, displayName: 'Late Lars' })).statusCode).toBe(200)
  })

  it('lets only a facilitator lock, and only with a boolean', async () => {
    const { workshop, joinCode, facilitatorToken } = await server.createWorkshop()
    const participant = (await join({ code: joinCode, displayName: 'Anna' })).json()
    const planner = await server.tokenFor(workshop.id, 'planner')
    for (const token of [participant.token, planner]) {
      expect((await patch(workshop.id, token, { joinLocked: true })).statusCode).toBe(403)
    }
    expect((await patch(workshop.id, facilitatorToken, { joinLocked: 'yes' })).statusCode).toBe(400)
    expect((await patch(workshop.id, facilitatorToken, { title: 'Other' })).statusCode).toBe(400)
    const other = await server.createWorkshop()
    expect(
      (await patch(workshop.id, other.facilitatorToken, { joinLocked: true })).statusCode,
    ).toBe(403)
    const read = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    })
    expect(read.json<GetWorkshopResponse>().workshop.joinLocked).toBe(false)
  })

  it('mirrors the lock into the ledger, so a second facilitator’s screen follows live', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const second = await server.tokenFor(workshop.id, 'facilitator')
    const screen = connectClient(server.syncUrl, workshop.id, 'ledger', second)
    try {
      await screen.synced()
      await patch(workshop.id, facilitatorToken, { joinLocked: true })
      await waitFor(() => getJoinLockedMirror(screen.doc) === true, 'the lock to reach the ledger')
      await patch(workshop.id, facilitatorToken, { joinLocked: false })
      await waitFor(() => getJoinLockedMirror(screen.doc) === false, 'the opening to arrive')
    } finally {
      screen.destroy()
    }
  })
})
