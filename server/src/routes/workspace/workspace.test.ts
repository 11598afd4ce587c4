import {
  type CreateWorkshopResponse,
  getAgendaState,
  type ListWorkspaceWorkshopsResponse,
  listParticipants,
  type OpenWorkshopResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { addStaff, setUpWorkspace } from '../account/staffTestKit.ts'

describe('a workspace’s workshops for its signed-in staff', () => {
  let server: TestServer
  let malmo: string
  let lund: string
  beforeAll(async () => {
    server = await startServer({ STAFF_TOKEN_TTL_MINUTES: '60' })
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
  })
  afterAll(() => server.close())

  const create = (cookie: string, title = 'Klimatkväll i Malmö') =>
    server.app.inject({
      method: 'POST',
      url: '/api/workspace/workshops',
      headers: { cookie },
      payload: { title, city: 'Malmö', language: 'sv' },
    })
  const open = (cookie: string, workshopId: string) =>
    server.app.inject({
      method: 'POST',
      url: `/api/workspace/workshops/${workshopId}/open`,
      headers: { cookie },
      payload: {},
    })
  const list = async (cookie: string) =>
    (
      await server.app.inject({
        method: 'GET',
        url: '/api/workspace/workshops',
        headers: { cookie },
      })
    ).json<ListWorkspaceWorkshopsResponse>()

  it('creates a workshop in the workspace, seeded as POST /api/workshops seeds, and lists it', async () => {
    const response = await create(malmo)
    expect(response.statusCode).toBe(201)
    const { workshop, participant, facilitatorToken } = response.json<CreateWorkshopResponse>()
    expect(participant).toMatchObject({ role: 'facilitator', displayName: 'Anna' })
    const phases = await server.context.registry.write(
      { workshopId: workshop.id, doc: 'control' },
      (doc) => getAgendaState(doc).phases.length,
    )
    expect(phases).toBeGreaterThan(0)
    expect((await list(malmo)).workshops.map((w) => w.workshop.id)).toContain(workshop.id)
    expect((await list(lund)).workshops.map((w) => w.workshop.id)).not.toContain(workshop.id)
    const read = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    })
    expect(read.statusCode).toBe(200)
  })

  it('[W2] opens a workshop as the same participant every time, with a short-lived token of the account’s role', async () => {
    const { workshop, participant } = (await create(malmo)).json<CreateWorkshopResponse>()
    const first = (await open(malmo, workshop.id)).json<OpenWorkshopResponse>()
    const again = (await open(malmo, workshop.id)).json<OpenWorkshopResponse>()
    expect(first.participant.id).toBe(participant.id)
    expect(again.participant.id).toBe(participant.id)
    const claims = await server.context.tokens.verify(first.token)
    expect(claims).toMatchObject({
      ok: true,
      claims: { role: 'facilitator', workshopId: workshop.id },
    })
    const lifetimeMs = Date.parse(first.expiresAt) - Date.now()
    expect(lifetimeMs).toBeGreaterThan(55 * 60_000)
    expect(lifetimeMs).toBeLessThanOrEqual(60 * 60_000)
    const participants = await server.context.registry.write(
      { workshopId: workshop.id, doc: 'ledger' },
      (doc) => listParticipants(doc),
    )
    expect(participants).toHaveLength(1)
  })

  it('[W2] registers a planner once as a planner in each workshop they open', async () => {
    const planner = await addStaff(server, malmo, 'planner@malmo.se', 'planner')
    const { workshop } = (await create(malmo)).json<CreateWorkshopResponse>()
    const opened = (await open(planner, workshop.id)).json<OpenWorkshopResponse>()
    expect(opened.participant).toMatchObject({ role: 'planner', displayName: 'Petra' })
    expect((await open(planner, workshop.id)).json<OpenWorkshopResponse>().participant.id).toBe(
      opened.participant.id,
    )
    const claims = await server.context.tokens.verify(opened.token)
    expect(claims).toMatchObject({ ok: true, claims: { role: 'planner' } })
  })

  it('[W1] never opens another workspace’s workshop, nor one made without an account: 404 as for none', async () => {
    const { workshop } = (await create(malmo)).json<CreateWorkshopResponse>()
    const anonymous = await server.createWorkshop()
    for (const id of [workshop.id, anonymous.workshop.id, 'no-such-workshop']) {
      const response = await open(lund, id)
      expect(response.statusCode, id).toBe(404)
      expect(response.json().error.code).toBe('WORKSHOP_NOT_FOUND')
    }
    const links = await server.context.store.accounts.listWorkspaceWorkshops('ws-admin@lund.se')
    expect(links.map((w) => w.workshop.id)).not.toContain(workshop.id)
  })

  it('[W1] answers 401 to every route without a session, with a forged cookie or after sign-out', async () => {
    const { workshop } = (await create(malmo)).json<CreateWorkshopResponse>()
    const { cookie: leaving } = await setUpWorkspace(server, 'leaving@malmo.se')
    await server.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: leaving } })
    for (const cookie of ['', 'pactboard_session=forged', leaving]) {
      for (const response of [
        await server.app.inject({
          method: 'GET',
          url: '/api/workspace/workshops',
          headers: { cookie },
        }),
        await create(cookie),
        await open(cookie, workshop.id),
      ]) {
        expect(response.statusCode).toBe(401)
        expect(response.json().error.code).toBe('NOT_SIGNED_IN')
      }
    }
  })

  it('[W3] refuses a planner the facilitator’s and the administrator’s actions', async () => {
    const planner = await addStaff(server, malmo, 'planner2@malmo.se', 'planner')
    const created = await create(planner)
    expect(created.statusCode).toBe(403)
    expect(created.json().error.code).toBe('FORBIDDEN')
    const invite = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/staff',
      headers: { cookie: planner },
      payload: { email: 'evil@malmo.se', displayName: 'Evil', role: 'facilitator', isAdmin: true },
    })
    expect(invite.statusCode).toBe(403)
    // and the planner's workshop token cannot do what a facilitator does
    const { workshop } = (await create(malmo)).json<CreateWorkshopResponse>()
    const { token } = (await open(planner, workshop.id)).json<OpenWorkshopResponse>()
    const deleted = await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(deleted.statusCode).toBe(403)
  })

  it('[W3] lets an administrator invite staff into their own workspace only, once per email', async () => {
    const facilitator = await addStaff(server, malmo, 'coach@malmo.se', 'facilitator')
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: facilitator },
    })
    expect(me.json().workspace.id).toBe('ws-admin@malmo.se')
    expect(me.json().account).toMatchObject({ role: 'facilitator', isAdmin: false })
    const notAdmin = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/staff',
      headers: { cookie: facilitator },
      payload: { email: 'x@malmo.se', displayName: 'X', role: 'planner' },
    })
    expect(notAdmin.statusCode).toBe(403)
    const taken = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/staff',
      headers: { cookie: malmo },
      payload: { email: 'COACH@malmo.se', displayName: 'X', role: 'planner' },
    })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().error.code).toBe('EMAIL_TAKEN')
  })

  it('[G1] deleting a workspace’s workshop removes it from the list and its account links', async () => {
    const { workshop, facilitatorToken } = (await create(malmo)).json<CreateWorkshopResponse>()
    const deleted = await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    })
    expect(deleted.statusCode).toBe(200)
    expect((await list(malmo)).workshops.map((w) => w.workshop.id)).not.toContain(workshop.id)
    expect((await open(malmo, workshop.id)).statusCode).toBe(404)
  })
})
