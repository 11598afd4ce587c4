import {
  type CreateInviteResponse,
  type CreateWorkshopResponse,
  getActor,
  type JoinResponse,
  listActors,
  type OrganisationResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('organisations: one per company, joined by its invite link ([P25] [P26])', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    created = await server.createWorkshop()
  })

  const url = (rest = '') => `/api/workshops/${created.workshop.id}/organisations${rest}`
  const add = (token: string, payload: object) =>
    server.app.inject({
      method: 'POST',
      url: url(),
      payload,
      headers: { authorization: `Bearer ${token}` },
    })
  const patch = (token: string, actorId: string, payload: object) =>
    server.app.inject({
      method: 'PATCH',
      url: url(`/${actorId}`),
      payload,
      headers: { authorization: `Bearer ${token}` },
    })
  const invite = (token: string, payload: object) =>
    server.app.inject({
      method: 'POST',
      url: `/api/workshops/${created.workshop.id}/invites`,
      payload,
      headers: { authorization: `Bearer ${token}` },
    })
  const join = (payload: object) => server.app.inject({ method: 'POST', url: '/api/join', payload })
  const actors = () =>
    server.context.registry.write({ workshopId: created.workshop.id, doc: 'board' }, listActors)
  const energi = {
    name: 'Umeå Energi AB',
    kind: 'utility',
    orgNumber: '556097-8602',
    sector: 'Energy',
    legalForm: 'Aktiebolag',
    responsiblePerson: 'Erik Ek',
    position: 'CEO',
  }
  const addEnergi = async () => {
    const response = await add(created.facilitatorToken, energi)
    expect(response.statusCode).toBe(201)
    return response.json<OrganisationResponse>().organisation
  }

  it('lets a facilitator add an organisation, and its signature fills every signatories column', async () => {
    const organisation = await addEnergi()
    expect(organisation).toMatchObject(energi)
    expect(await actors()).toEqual([organisation])
    const link = (
      await invite(created.facilitatorToken, { role: 'company', actorId: organisation.id })
    ).json<CreateInviteResponse>().invite
    const erik = (await join({ invite: link.token, displayName: 'Erik' })).json<JoinResponse>()
    const signed = await server.app.inject({
      method: 'POST',
      url: `/api/workshops/${created.workshop.id}/commitments`,
      payload: {
        actorId: organisation.id,
        measureId: null,
        text: 'Waste heat from our plant to the district heating grid.',
        target: { value: 30, unit: 'GWh/yr', year: 2029 },
      },
      headers: { authorization: `Bearer ${erik.token}` },
    })
    expect(signed.statusCode).toBe(201)
    const exported = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/export?format=md`,
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    })
    expect(exported.statusCode).toBe(200)
    const row = exported.body.split('\n').find((line) => line.includes('Umeå Energi AB'))
    for (const cell of ['556097-8602', 'Utility', 'Energy', 'Aktiebolag', 'Erik Ek', 'CEO']) {
      expect(row).toContain(cell)
    }
  })

  it('[P25] refuses a second organisation of the same name or number, however it is written', async () => {
    await addEnergi()
    for (const twin of [
      { name: 'umeå energi ab.', kind: 'company' },
      { name: 'UMEÅ ENERGI  AB', kind: 'utility' },
      { name: 'Energi i Umeå', kind: 'company', orgNumber: '5560978602' },
    ]) {
      const response = await add(created.facilitatorToken, twin)
      expect(response.statusCode).toBe(409)
      expect(response.json().error.code).toBe('ORGANISATION_EXISTS')
    }
    expect(await actors()).toHaveLength(1)
  })

  it('[P25] refuses the directory to everyone but the facilitator', async () => {
    const participant = (await server.join(created.joinCode)).token
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    for (const token of [participant, planner]) {
      expect((await add(token, energi)).statusCode).toBe(403)
    }
    expect(await actors()).toEqual([])
  })

  it('[P26] an invite for an organisation joins its bearer as that one, whatever the request names', async () => {
    const organisation = await addEnergi()
    const made = await invite(created.facilitatorToken, {
      role: 'company',
      actorId: organisation.id,
    })
    expect(made.statusCode).toBe(201)
    const link = made.json<CreateInviteResponse>().invite
    expect(link.actorId).toBe(organisation.id)
    // two of its people, one of whom names another organisation in the request
    const first = await join({ invite: link.token, displayName: 'Erik' })
    const second = await join({
      invite: link.token,
      displayName: 'Eva',
      actor: { name: 'City of Umeå', kind: 'city_department' },
    })
    for (const response of [first, second]) {
      expect(response.statusCode).toBe(200)
      expect(response.json<JoinResponse>().participant).toMatchObject({
        role: 'company',
        actorId: organisation.id,
      })
    }
    expect((await actors()).map((a) => a.name)).toEqual(['Umeå Energi AB'])
    const listed = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/invites`,
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    })
    expect(listed.json().invites[0].actorId).toBe(organisation.id)
  })

  it('[P26] refuses an invite naming an unknown organisation, or an organisation for another role', async () => {
    const organisation = await addEnergi()
    const unknown = await invite(created.facilitatorToken, { role: 'company', actorId: 'ghost' })
    expect(unknown.statusCode).toBe(400)
    const planner = await invite(created.facilitatorToken, {
      role: 'planner',
      actorId: organisation.id,
    })
    expect(planner.statusCode).toBe(400)
  })

  it('[P25] refuses joining by code under the name or number of an organisation already there', async () => {
    await addEnergi()
    const impostor = await join({
      code: created.joinCode,
      displayName: 'Mallory',
      role: 'company',
      actor: { name: 'Umeå  Energi AB', kind: 'company' },
    })
    expect(impostor.statusCode).toBe(409)
    expect(impostor.json().error.code).toBe('ORGANISATION_EXISTS')
    const byNumber = await join({
      code: created.joinCode,
      displayName: 'Mallory',
      role: 'company',
      actor: { name: 'Totally New Co', kind: 'company', orgNumber: '556097 8602' },
    })
    expect(byNumber.statusCode).toBe(409)
    // a new organisation by code still joins, once
    const fresh = await join({
      code: created.joinCode,
      displayName: 'Berit',
      role: 'company',
      actor: { name: 'Berits bageri', kind: 'sme' },
    })
    expect(fresh.statusCode).toBe(200)
    expect(await actors()).toHaveLength(2)
  })

  it('[P25] lets a representative complete their own details, never rename theirs or edit another', async () => {
    const organisation = await addEnergi()
    const other = (
      await add(created.facilitatorToken, { name: 'Berits bageri', kind: 'sme' })
    ).json<OrganisationResponse>().organisation
    const { token: invited } = (
      await invite(created.facilitatorToken, { role: 'company', actorId: other.id })
    ).json<CreateInviteResponse>().invite
    const berit = (await join({ invite: invited, displayName: 'Berit' })).json<JoinResponse>()

    const own = await patch(berit.token, other.id, {
      responsiblePerson: 'Berit Bagare',
      position: 'Owner',
      orgNumber: '559000-0001',
    })
    expect(own.statusCode).toBe(200)
    expect(own.json<OrganisationResponse>().organisation).toMatchObject({
      name: 'Berits bageri',
      responsiblePerson: 'Berit Bagare',
      position: 'Owner',
    })
    // renaming hers into the energy company, or taking its kind, is the facilitator's word only
    for (const body of [
      { name: 'Umeå Energi AB' },
      { name: 'Something else' },
      { kind: 'utility' },
    ]) {
      expect((await patch(berit.token, other.id, body)).statusCode).toBe(403)
    }
    expect((await patch(berit.token, organisation.id, { position: 'Intern' })).statusCode).toBe(403)
    // a participant edits nobody's
    const participant = (await server.join(created.joinCode)).token
    expect((await patch(participant, other.id, { position: 'x' })).statusCode).toBe(403)
    // the facilitator renames, but not into a twin
    const twin = await patch(created.facilitatorToken, other.id, { name: 'UMEÅ ENERGI AB' })
    expect(twin.statusCode).toBe(409)
    expect(
      (await patch(created.facilitatorToken, other.id, { name: 'Berits bageri & café' }))
        .statusCode,
    ).toBe(200)
    // an unknown field or organisation
    expect((await patch(created.facilitatorToken, other.id, { id: 'stolen' })).statusCode).toBe(400)
    expect((await patch(created.facilitatorToken, 'ghost', { position: 'x' })).statusCode).toBe(404)
    const stored = await server.context.registry.write(
      { workshopId: created.workshop.id, doc: 'board' },
      (doc) => getActor(doc, other.id),
    )
    expect(stored).toMatchObject({ id: other.id, name: 'Berits bageri & café', position: 'Owner' })
  })
})
