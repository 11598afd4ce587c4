import type {
  CreateWorkshopResponse,
  ListInvitesResponse,
  ListOrganisationsResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { addStaff, setUpWorkspace } from '../account/staffTestKit.ts'
import { workspaceWorkshop } from '../candidates/candidateTestKit.ts'
import {
  addToWorkspace,
  asBearer,
  asStaff,
  boardActors,
  ENERGI,
  joinWithInvite,
  staffInvite,
} from './organisationTestKit.ts'

describe('the workspace’s organisations, by its staff ([W20] [W23])', () => {
  let server: TestServer
  let malmo: string
  let lund: string
  let planner: string
  let evening: CreateWorkshopResponse
  let lundsMote: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
    planner = await addStaff(server, malmo, 'petra@malmo.se', 'planner')
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    lundsMote = await workspaceWorkshop(server, lund, 'Lunds möte')
  })
  afterAll(() => server.close())

  const list = async (cookie: string) =>
    (
      await asStaff(server, cookie, 'GET', '/api/workspace/organisations')
    ).json<ListOrganisationsResponse>().organisations

  it('[W20] a facilitator adds the city’s own department and a company, edits one, and the list is by name', async () => {
    const department = await addToWorkspace(server, malmo, {
      name: 'Miljöförvaltningen',
      kind: 'city_department',
    })
    const energi = await addToWorkspace(server, malmo)
    expect(energi).toMatchObject(ENERGI)
    const edited = await asStaff(
      server,
      malmo,
      'PATCH',
      `/api/workspace/organisations/${department.id}`,
      { responsiblePerson: 'Karin Berg', position: 'Director', legalForm: 'Municipality' },
    )
    expect(edited.statusCode).toBe(200)
    const listed = await list(malmo)
    expect(listed.map((o) => o.name)).toEqual(['Miljöförvaltningen', 'Umeå Energi AB'])
    expect(listed[0]).toMatchObject({ responsiblePerson: 'Karin Berg', position: 'Director' })
    // A planner reads the directory; Lund's staff see none of Malmö's.
    expect((await list(planner)).map((o) => o.id)).toEqual(listed.map((o) => o.id))
    expect(await list(lund)).toEqual([])
  })

  it('[W20] refuses a second of one name (written otherwise) or number: 409 ORGANISATION_EXISTS', async () => {
    for (const twin of [
      { name: 'UMEÅ ENERGI, AB', kind: 'company' },
      { name: 'Energibolaget', kind: 'company', orgNumber: '5560978602' },
    ]) {
      const response = await asStaff(server, malmo, 'POST', '/api/workspace/organisations', twin)
      expect(response.statusCode).toBe(409)
      expect(response.json().error.code).toBe('ORGANISATION_EXISTS')
    }
    const [energi] = (await list(malmo)).filter((o) => o.name === ENERGI.name)
    const renamed = await asStaff(
      server,
      malmo,
      'PATCH',
      `/api/workspace/organisations/${energi?.id}`,
      { name: 'miljöförvaltningen' },
    )
    expect(renamed.statusCode).toBe(409)
    // Another workspace keeps its own directory.
    await addToWorkspace(server, lund)
  })

  it('[W20] answers another workspace’s organisation as one that does not exist (404)', async () => {
    const [lundsEnergi] = await list(lund)
    const edit = await asStaff(
      server,
      malmo,
      'PATCH',
      `/api/workspace/organisations/${lundsEnergi?.id}`,
      { responsiblePerson: 'Mallory' },
    )
    expect(edit.statusCode).toBe(404)
    expect(edit.json().error.code).toBe('ORGANISATION_NOT_FOUND')
    const invite = await asStaff(
      server,
      malmo,
      'POST',
      `/api/workspace/organisations/${lundsEnergi?.id}/invites`,
      { workshopId: evening.workshop.id },
    )
    expect(invite.statusCode).toBe(404)
    expect((await list(lund))[0]?.responsiblePerson).toBe(ENERGI.responsiblePerson)
    const forged = await asStaff(server, malmo, 'PATCH', '/api/workspace/organisations/nope', {
      sector: 'x',
    })
    expect(forged.json().error.code).toBe('ORGANISATION_NOT_FOUND')
  })

  it('[W20] opens to no workshop token (401), lets no planner write (403)', async () => {
    const [energi] = await list(malmo)
    for (const [method, url, payload] of [
      ['GET', '/api/workspace/organisations', undefined],
      ['POST', '/api/workspace/organisations', { name: 'Token AB', kind: 'company' }],
      ['PATCH', `/api/workspace/organisations/${energi?.id}`, { sector: 'x' }],
      [
        'POST',
        `/api/workspace/organisations/${energi?.id}/invites`,
        { workshopId: evening.workshop.id },
      ],
    ] as const) {
      const response = await asBearer(server, evening.facilitatorToken, method, url, payload)
      expect(response.statusCode, `${method} ${url}`).toBe(401)
      expect(response.json().error.code).toBe('NOT_SIGNED_IN')
    }
    const add = await asStaff(server, planner, 'POST', '/api/workspace/organisations', {
      name: 'Planner AB',
      kind: 'company',
    })
    expect(add.statusCode).toBe(403)
    const edit = await asStaff(
      server,
      planner,
      'PATCH',
      `/api/workspace/organisations/${energi?.id}`,
      {
        sector: 'x',
      },
    )
    expect(edit.statusCode).toBe(403)
  })

  it('[W20] refuses oversized, malformed and form-encoded input (400) and changes nothing', async () => {
    const [energi] = await list(malmo)
    for (const payload of [
      { name: 'x'.repeat(121), kind: 'company' },
      { name: 'Bank AB', kind: 'bank' },
      { name: 'A', kind: 'company' },
      { name: 'Sector AB', kind: 'company', sector: 's'.repeat(121) },
    ]) {
      const response = await asStaff(server, malmo, 'POST', '/api/workspace/organisations', payload)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('VALIDATION_FAILED')
    }
    for (const payload of [{ id: 'mine' }, { responsiblePerson: 'p'.repeat(121) }, { kind: 'x' }]) {
      const response = await asStaff(
        server,
        malmo,
        'PATCH',
        `/api/workspace/organisations/${energi?.id}`,
        payload,
      )
      expect(response.statusCode, JSON.stringify(payload)).toBe(400)
    }
    const form = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/organisations',
      headers: { cookie: malmo, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Form+AB&kind=company',
    })
    expect(form.statusCode).toBe(400)
    const broken = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/organisations',
      headers: { cookie: malmo, 'content-type': 'application/json' },
      payload: '{"name":',
    })
    expect(broken.statusCode).toBe(400)
    const tooLarge = await asStaff(server, malmo, 'POST', '/api/workspace/organisations', {
      name: 'Big AB',
      kind: 'company',
      padding: 'x'.repeat(2_000_000),
    })
    expect(tooLarge.statusCode).toBe(413)
    expect((await list(malmo)).map((o) => o.name)).toEqual(['Miljöförvaltningen', 'Umeå Energi AB'])
    expect((await list(malmo))[1]).toMatchObject(ENERGI)
  })

  it('[W23] a facilitator’s link makes its holder the organisation’s representative in one of the workspace’s workshops', async () => {
    const [, energi] = await list(malmo)
    if (!energi) throw new Error('no organisation')
    const invite = await staffInvite(server, malmo, energi.id, evening.workshop.id)
    // The workshop's facilitator sees the link among the workshop's invites, and may revoke it.
    const invites = await asBearer(
      server,
      evening.facilitatorToken,
      'GET',
      `/api/workshops/${evening.workshop.id}/invites`,
    )
    expect(invites.json<ListInvitesResponse>().invites).toEqual([
      expect.objectContaining({ role: 'company', actorId: energi.id }),
    ])
    const joined = await joinWithInvite(server, invite, 'Erik at Umeå Energi')
    expect(joined.participant).toMatchObject({ role: 'company', actorId: energi.id })
    expect(await boardActors(server, evening.workshop.id)).toEqual([energi])
  })

  it('[W23] makes no link into another workspace’s workshop, nor for a planner', async () => {
    const [, energi] = await list(malmo)
    const url = `/api/workspace/organisations/${energi?.id}/invites`
    const elsewhere = await asStaff(server, malmo, 'POST', url, {
      workshopId: lundsMote.workshop.id,
    })
    expect(elsewhere.statusCode).toBe(404)
    expect(elsewhere.json().error.code).toBe('WORKSHOP_NOT_FOUND')
    const standalone = await server.createWorkshop()
    const notOurs = await asStaff(server, malmo, 'POST', url, {
      workshopId: standalone.workshop.id,
    })
    expect(notOurs.statusCode).toBe(404)
    const asPlanner = await asStaff(server, planner, 'POST', url, {
      workshopId: evening.workshop.id,
    })
    expect(asPlanner.statusCode).toBe(403)
    const extra = await asStaff(server, malmo, 'POST', url, {
      workshopId: evening.workshop.id,
      role: 'facilitator',
    })
    expect(extra.statusCode).toBe(400)
    expect(await boardActors(server, lundsMote.workshop.id)).toEqual([])
  })

  it('[W23] makes no link into a workshop that removed the staff member ([P12])', async () => {
    const [, energi] = await list(malmo)
    const fredrik = await addStaff(server, malmo, 'fredrik@malmo.se', 'facilitator')
    const opened = await asStaff(
      server,
      fredrik,
      'POST',
      `/api/workspace/workshops/${evening.workshop.id}/open`,
      {},
    )
    const { participant } = opened.json<{ participant: { id: string } }>()
    await server.context.store.revokeParticipant(
      evening.workshop.id,
      participant.id,
      new Date().toISOString(),
    )
    const response = await asStaff(
      server,
      fredrik,
      'POST',
      `/api/workspace/organisations/${energi?.id}/invites`,
      { workshopId: evening.workshop.id },
    )
    expect(response.statusCode).toBe(401)
    expect(response.json().error.code).toBe('PARTICIPANT_REMOVED')
  })
})
