import type {
  CreateInviteResponse,
  JoinResponse,
  ListInvitesResponse,
  RevokeInviteResponse,
} from '@pactboard/shared'
import { SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { createInvites } from '../../auth/invites.ts'

describe('invites', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const invite = (workshopId: string, token: string, role: string) =>
    server.app.inject({
      method: 'POST',
      url: `/api/workshops/${workshopId}/invites`,
      headers: { authorization: `Bearer ${token}` },
      payload: { role },
    })
  const join = (payload: object) => server.app.inject({ method: 'POST', url: '/api/join', payload })

  it('[P6] lets a facilitator invite a planner, who joins with the link and no code', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const created = await invite(workshop.id, facilitatorToken, 'planner')
    expect(created.statusCode).toBe(201)
    const { invite: link } = created.json<CreateInviteResponse>()
    expect(link.path).toBe(`/join?invite=${encodeURIComponent(link.token)}`)

    const joined = await join({ invite: link.token, displayName: 'Per Planner' })
    expect(joined.statusCode).toBe(200)
    const body = joined.json<JoinResponse>()
    expect(body.workshopId).toBe(workshop.id)
    expect(body.participant.role).toBe('planner')
    const verified = await server.context.tokens.verify(body.token)
    expect(verified.ok && verified.claims.role).toBe('planner')
  })

  it('[P6] refuses an invite from anyone but a facilitator', async () => {
    const { workshop, joinCode } = await server.createWorkshop()
    const participant = (await join({ code: joinCode, displayName: 'Anna' })).json<JoinResponse>()
    const response = await invite(workshop.id, participant.token, 'facilitator')
    expect(response.statusCode).toBe(403)
    expect(response.json().error.code).toBe('FORBIDDEN')
  })

  it('refuses a facilitator of another workshop', async () => {
    const { workshop } = await server.createWorkshop()
    const other = await server.createWorkshop()
    const response = await invite(workshop.id, other.facilitatorToken, 'planner')
    expect(response.statusCode).toBe(403)
  })

  it('cannot be upgraded: the role comes from the signed invite, not from the body', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const { invite: link } = (await invite(workshop.id, facilitatorToken, 'observer')).json()
    const joined = await join({ invite: link.token, displayName: 'Olle', role: 'facilitator' })
    expect(joined.json<JoinResponse>().participant.role).toBe('observer')
  })

  it('answers 401 for an expired or forged invite, and an access token is no invite', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const expired = await createInvites({
      secret: server.context.config.secret,
      now: () => Math.floor(Date.now() / 1000) - 30 * 24 * 3600,
    }).sign({ workshopId: workshop.id, role: 'planner', inviteId: 'i-1' }, 1)
    const forged = await createInvites({ secret: 'not-the-server-secret' }).sign(
      { workshopId: workshop.id, role: 'facilitator', inviteId: 'i-2' },
      1,
    )
    for (const token of [expired.token, forged.token, facilitatorToken]) {
      const response = await join({ invite: token, displayName: 'Mallory' })
      expect(response.statusCode).toBe(401)
    }
    expect((await join({ invite: expired.token, displayName: 'M' })).json().error.message).toBe(
      'This invite has expired',
    )
  })

  it('still asks a company invitee to name their organisation', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const { invite: link } = (await invite(workshop.id, facilitatorToken, 'company')).json()
    expect((await join({ invite: link.token, displayName: 'Cia' })).statusCode).toBe(400)
    const joined = await join({
      invite: link.token,
      displayName: 'Cia',
      actor: { name: 'Acme Bikes', kind: 'sme' },
    })
    expect(joined.json<JoinResponse>().participant.actorId).not.toBeNull()
  })

  it('answers 400 when neither a code nor an invite is given', async () => {
    const response = await join({ displayName: 'Anna' })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues[0].path).toBe('code')
  })

  const list = (workshopId: string, token: string) =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshopId}/invites`,
      headers: { authorization: `Bearer ${token}` },
    })
  const revoke = (workshopId: string, inviteId: string, token: string) =>
    server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${workshopId}/invites/${inviteId}`,
      headers: { authorization: `Bearer ${token}` },
    })

  it('lists the invites a facilitator made, newest first, without their tokens', async () => {
    const { workshop, facilitatorToken, participant } = await server.createWorkshop()
    const planner = (await invite(workshop.id, facilitatorToken, 'planner')).json()
    const observer = (await invite(workshop.id, facilitatorToken, 'observer')).json()
    const response = await list(workshop.id, facilitatorToken)
    expect(response.statusCode).toBe(200)
    const { invites } = response.json<ListInvitesResponse>()
    expect(invites.map((i) => [i.id, i.role])).toEqual([
      [observer.invite.id, 'observer'],
      [planner.invite.id, 'planner'],
    ])
    expect(invites[0]).toMatchObject({
      createdBy: participant.id,
      expiresAt: observer.invite.expiresAt,
      revokedAt: null,
    })
    expect(response.body).not.toContain(planner.invite.token)
    // another workshop's list is its own
    const other = await server.createWorkshop()
    expect((await list(other.workshop.id, other.facilitatorToken)).json().invites).toEqual([])
  })

  it('revokes an invite: its link no longer lets anyone join', async () => {
    const { workshop, facilitatorToken } = await server.createWorkshop()
    const { invite: link } = (await invite(workshop.id, facilitatorToken, 'planner')).json()
    const revoked = await revoke(workshop.id, link.id, facilitatorToken)
    expect(revoked.statusCode).toBe(200)
    const { invite: record } = revoked.json<RevokeInviteResponse>()
    expect(record.revokedAt).not.toBeNull()

    const refused = await join({ invite: link.token, displayName: 'Per Planner' })
    expect(refused.statusCode).toBe(403)
    expect(refused.json().error.code).toBe('INVITE_REVOKED')

    // revoking again keeps the first time; the list shows it revoked
    const again = await revoke(workshop.id, link.id, facilitatorToken)
    expect(again.json<RevokeInviteResponse>().invite.revokedAt).toBe(record.revokedAt)
    expect((await list(workshop.id, facilitatorToken)).json().invites[0].revokedAt).toBe(
      record.revokedAt,
    )
  })

  it('[P6] lets only a facilitator of the workshop list or revoke, and 404s an unknown one', async () => {
    const { workshop, joinCode, facilitatorToken } = await server.createWorkshop()
    const { invite: link } = (await invite(workshop.id, facilitatorToken, 'planner')).json()
    const participant = (await join({ code: joinCode, displayName: 'Anna' })).json<JoinResponse>()
    const other = await server.createWorkshop()
    expect((await list(workshop.id, participant.token)).statusCode).toBe(403)
    expect((await revoke(workshop.id, link.id, participant.token)).statusCode).toBe(403)
    expect((await revoke(workshop.id, link.id, other.facilitatorToken)).statusCode).toBe(403)
    // another workshop's facilitator cannot reach it through their own workshop either
    expect((await revoke(other.workshop.id, link.id, other.facilitatorToken)).statusCode).toBe(404)
    const unknown = await revoke(workshop.id, 'no-such-invite', facilitatorToken)
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('NOT_FOUND')
    expect((await join({ invite: link.token, displayName: 'Per' })).statusCode).toBe(200)
  })

  it('still accepts an unexpired link made before invites carried an id', async () => {
    const { workshop } = await server.createWorkshop()
    const key = new TextEncoder().encode(server.context.config.secret)
    const legacy = await new SignJWT({ workshopId: workshop.id, role: 'observer' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('pactboard')
      .setAudience('pactboard:invite')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key)
    const joined = await join({ invite: legacy, displayName: 'Olle' })
    expect(joined.json<JoinResponse>().participant.role).toBe('observer')
  })
})
