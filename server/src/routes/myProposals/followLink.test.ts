import type {
  CreateWorkshopResponse,
  FollowedProposalsResponse,
  FollowLinkResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { FOLLOW_PATH } from '../../auth/followLinks.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import {
  bringIn,
  type Proposer,
  proposer,
  setStatus,
  workspaceWorkshop,
} from '../candidates/candidateTestKit.ts'

describe('[W12] coming back with one’s own link', () => {
  let server: TestServer
  let malmo: string
  let evening: CreateWorkshopResponse
  let anna: Proposer
  let bo: Proposer
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    anna = await proposer(server, evening, 'Anna Lindqvist')
    bo = await proposer(server, evening, 'Bo Ek')
  })
  afterAll(() => server.close())

  const followLink = (token: string, workshopId = evening.workshop.id) =>
    server.app.inject({
      method: 'POST',
      url: `/api/workshops/${workshopId}/follow-link`,
      headers: { authorization: `Bearer ${token}` },
    })
  const linkOf = async (token: string, workshopId = evening.workshop.id) => {
    const made = await followLink(token, workshopId)
    if (made.statusCode !== 200) throw new Error(`${made.statusCode} ${made.body}`)
    return made.json<FollowLinkResponse>().path.slice(`${FOLLOW_PATH}#`.length)
  }
  const follow = (token: string | null) =>
    server.app.inject({
      method: 'GET',
      url: '/api/follow',
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    })

  it('reads the proposer’s own measures and the reasons, with the workshop’s title and no one’s name', async () => {
    const reason = 'The tram line planned for 2028 runs along the same street.'
    const measureId = await anna.propose('Bus lane on Storgatan')
    await bo.propose('Night trams on weekends')
    const candidateId = await bringIn(server, malmo, evening, measureId)
    await setStatus(server, malmo, candidateId, { status: 'rejected', reason })

    const made = await followLink(anna.joined.token)
    expect(made.statusCode).toBe(200)
    const { path, expiresAt } = made.json<FollowLinkResponse>()
    expect(path.startsWith(`${FOLLOW_PATH}#`)).toBe(true)
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(300 * 24 * 3600 * 1000)

    const answer = await follow(path.slice(`${FOLLOW_PATH}#`.length))
    expect(answer.statusCode).toBe(200)
    const body = answer.json<FollowedProposalsResponse>()
    expect(body.workshop.title).toBe('Kvällsmöte')
    expect(body.proposals).toEqual([
      expect.objectContaining({
        title: 'Bus lane on Storgatan',
        outcome: { kind: 'candidate', state: { status: 'rejected', reason } },
      }),
    ])
    for (const name of ['Anna Lindqvist', 'Bo Ek', 'Night trams', bo.joined.participant.id]) {
      expect(answer.body).not.toContain(name)
    }
  })

  it('is given to participants only, for their own workshop', async () => {
    expect((await followLink(evening.facilitatorToken)).statusCode).toBe(403)
    const other = await workspaceWorkshop(server, malmo, 'Frukostmöte')
    expect((await followLink(anna.joined.token, other.workshop.id)).statusCode).toBe(403)
    expect((await followLink('forged.token.here')).statusCode).toBe(401)
  })

  it('opens nothing else, and nothing else opens it', async () => {
    const link = await linkOf(anna.joined.token)
    const asAccess = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${evening.workshop.id}/my-proposals`,
      headers: { authorization: `Bearer ${link}` },
    })
    expect(asAccess.statusCode).toBe(401)
    expect((await follow(anna.joined.token)).statusCode).toBe(401)
    expect((await follow(null)).statusCode).toBe(401)
    expect((await follow(`${link.slice(0, -4)}AAAA`)).statusCode).toBe(401)
  })

  it('stops working once its person is removed, or the workshop deleted', async () => {
    const cai = await proposer(server, evening, 'Cai Berg')
    const caisLink = await linkOf(cai.joined.token)
    expect((await follow(caisLink)).statusCode).toBe(200)
    const removed = await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${evening.workshop.id}/participants/${cai.joined.participant.id}`,
      headers: { authorization: `Bearer ${evening.facilitatorToken}` },
    })
    expect(removed.statusCode).toBe(200)
    expect((await follow(caisLink)).statusCode).toBe(401)

    const doomed = await workspaceWorkshop(server, malmo, 'Doomed')
    const dana = await proposer(server, doomed, 'Dana')
    const danasLink = await linkOf(dana.joined.token, doomed.workshop.id)
    const deleted = await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${doomed.workshop.id}`,
      headers: { authorization: `Bearer ${doomed.facilitatorToken}` },
    })
    expect(deleted.statusCode).toBe(200)
    expect((await follow(danasLink)).statusCode).toBe(401)
  })
})
