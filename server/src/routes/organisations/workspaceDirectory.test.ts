import {
  type AddOrganisationResponse,
  addActor,
  type CreateInviteResponse,
  type CreateWorkshopResponse,
  type ListOrganisationsResponse,
  type OrganisationResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import { workspaceWorkshop } from '../candidates/candidateTestKit.ts'
import {
  addToWorkspace,
  asBearer,
  asStaff,
  boardActors,
  ENERGI,
  joinWithInvite,
  staffInvite,
} from '../workspaceOrganisations/organisationTestKit.ts'

describe('one organisation across a workspace’s workshops ([W21] [W22])', () => {
  let server: TestServer
  let malmo: string
  let first: CreateWorkshopResponse
  let second: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    first = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    second = await workspaceWorkshop(server, malmo, 'Frukostmöte')
  })
  afterAll(() => server.close())

  const directory = async () =>
    (
      await asStaff(server, malmo, 'GET', '/api/workspace/organisations')
    ).json<ListOrganisationsResponse>().organisations
  const addInWorkshop = (workshop: CreateWorkshopResponse, details: object) =>
    asBearer(
      server,
      workshop.facilitatorToken,
      'POST',
      `/api/workshops/${workshop.workshop.id}/organisations`,
      details,
    )
  const editInWorkshop = (workshopId: string, token: string, actorId: string, patch: object) =>
    asBearer(server, token, 'PATCH', `/api/workshops/${workshopId}/organisations/${actorId}`, patch)
  const joinByCode = (workshop: CreateWorkshopResponse, actor: object) =>
    server.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { code: workshop.joinCode, displayName: 'Someone', role: 'company', actor },
    })

  it('[W21] a facilitator’s add in a workshop is the workspace’s, on the board under its id; in the next workshop the same one joins the board', async () => {
    const added = await addInWorkshop(first, { name: 'Skånetrafiken', kind: 'regional_authority' })
    expect(added.statusCode).toBe(201)
    const { organisation, fromDirectory } = added.json<AddOrganisationResponse>()
    expect(fromDirectory).toBe(false)
    expect(await directory()).toEqual([organisation])
    expect(await boardActors(server, first.workshop.id)).toEqual([organisation])
    // Typed again elsewhere, as the workspace already has it: that one, as it is (200).
    const again = await addInWorkshop(second, { name: 'SKÅNETRAFIKEN', kind: 'company' })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ organisation, fromDirectory: true })
    expect(await boardActors(server, second.workshop.id)).toEqual([organisation])
    // On its own board it is still one: 409 as ever.
    expect(
      (await addInWorkshop(second, { name: 'Skånetrafiken', kind: 'company' })).statusCode,
    ).toBe(409)
    expect(await directory()).toHaveLength(1)
  })

  it('[W21] refuses joining by code as an organisation the workspace has, in a workshop it never was in (409)', async () => {
    const energi = await addToWorkspace(server, malmo)
    for (const actor of [
      { name: 'umeå energi ab', kind: 'company' },
      { name: 'Totally Not Energi', kind: 'company', orgNumber: '556097 8602' },
    ]) {
      const response = await joinByCode(second, actor)
      expect(response.statusCode).toBe(409)
      expect(response.json().error.code).toBe('ORGANISATION_EXISTS')
    }
    expect((await boardActors(server, second.workshop.id)).map((a) => a.id)).not.toContain(
      energi.id,
    )
    // A company new to the workspace joins by code, and is the workspace's from then on.
    const newcomer = await joinByCode(second, { name: 'Cykelköket', kind: 'ngo' })
    expect(newcomer.statusCode).toBe(200)
    const actorId = newcomer.json().participant.actorId
    expect((await directory()).find((o) => o.id === actorId)?.name).toBe('Cykelköket')
    expect((await joinByCode(first, { name: 'Cykelköket', kind: 'ngo' })).statusCode).toBe(409)
  })

  it('[W21] a facilitator’s invite names any of the workspace’s organisations; whoever joins with it puts that one (same id) on the board', async () => {
    const [energi] = (await directory()).filter((o) => o.name === ENERGI.name)
    if (!energi) throw new Error('no organisation')
    const made = await asBearer(
      server,
      second.facilitatorToken,
      'POST',
      `/api/workshops/${second.workshop.id}/invites`,
      { role: 'company', actorId: energi.id },
    )
    expect(made.statusCode).toBe(201)
    const joined = await joinWithInvite(
      server,
      made.json<CreateInviteResponse>().invite.token,
      'Erik',
    )
    expect(joined.participant.actorId).toBe(energi.id)
    expect((await boardActors(server, second.workshop.id)).find((a) => a.id === energi.id)).toEqual(
      energi,
    )
  })

  it('[W22] a representative’s edit of their own signatory reaches the workspace and every board that holds the organisation', async () => {
    const [energi] = (await directory()).filter((o) => o.name === ENERGI.name)
    if (!energi) throw new Error('no organisation')
    const inFirst = await joinWithInvite(
      server,
      await staffInvite(server, malmo, energi.id, first.workshop.id),
      'Signe',
    )
    const edited = await editInWorkshop(first.workshop.id, inFirst.token, energi.id, {
      responsiblePerson: 'Anders Holm',
      position: 'Head of sustainability',
    })
    expect(edited.statusCode).toBe(200)
    const expected = {
      ...energi,
      responsiblePerson: 'Anders Holm',
      position: 'Head of sustainability',
    }
    expect((await directory()).find((o) => o.id === energi.id)).toEqual(expected)
    for (const workshop of [first, second]) {
      const copy = (await boardActors(server, workshop.workshop.id)).find((a) => a.id === energi.id)
      expect(copy, workshop.workshop.title).toEqual(expected)
    }
    // Staff edit it in the workspace: both boards follow.
    await asStaff(server, malmo, 'PATCH', `/api/workspace/organisations/${energi.id}`, {
      sector: 'District heating',
    })
    for (const workshop of [first, second]) {
      const copy = (await boardActors(server, workshop.workshop.id)).find((a) => a.id === energi.id)
      expect(copy?.sector).toBe('District heating')
    }
  })

  it('[W22] nobody but a facilitator or its own representative edits it, and a representative never renames it', async () => {
    const organisations = await directory()
    const energi = organisations.find((o) => o.name === ENERGI.name)
    const cykel = organisations.find((o) => o.name === 'Cykelköket')
    if (!energi || !cykel) throw new Error('no organisations')
    const representative = await joinWithInvite(
      server,
      await staffInvite(server, malmo, energi.id, first.workshop.id),
      'Rep',
    )
    const participant = await server.join(first.joinCode, { displayName: 'Mallory' })
    const rival = await joinWithInvite(
      server,
      await staffInvite(server, malmo, cykel.id, first.workshop.id),
      'Rival',
    )
    const attempts = [
      [representative.token, energi.id, { name: 'Umeå Energi Holding' }],
      [representative.token, energi.id, { kind: 'ngo' }],
      [participant.token, energi.id, { responsiblePerson: 'Mallory' }],
      [rival.token, energi.id, { responsiblePerson: 'Rival' }],
      [rival.token, energi.id, { orgNumber: '000000-0000' }],
    ] as const
    for (const [token, actorId, patch] of attempts) {
      const response = await editInWorkshop(first.workshop.id, token, actorId, patch)
      expect(response.statusCode, JSON.stringify(patch)).toBe(403)
    }
    // Its representative cannot take a number another organisation of the workspace has.
    await asStaff(server, malmo, 'PATCH', `/api/workspace/organisations/${cykel.id}`, {
      orgNumber: '802000-1111',
    })
    const taken = await editInWorkshop(first.workshop.id, representative.token, energi.id, {
      orgNumber: '8020001111',
    })
    expect(taken.statusCode).toBe(409)
    expect((await directory()).find((o) => o.id === energi.id)).toEqual(energi)
    // A facilitator of a workshop whose board lacks it finds none there.
    const solo = await workspaceWorkshop(server, malmo, 'Lunchmöte')
    const elsewhere = await editInWorkshop(solo.workshop.id, solo.facilitatorToken, energi.id, {
      responsiblePerson: 'Someone else',
    })
    expect(elsewhere.statusCode).toBe(404)
  })

  it('[W21] an organisation a board held before keeps its place there; no workspace organisation of its name joins it', async () => {
    const older = await workspaceWorkshop(server, malmo, 'Höstmöte')
    const legacy = await workshopDocs(server, older.workshop.id).doc('board', (doc) =>
      addActor(doc, { name: 'Malmö Hamn AB', kind: 'company' }),
    )
    const hamn = await addToWorkspace(server, malmo, { name: 'Malmö hamn AB', kind: 'company' })
    const invite = await asStaff(
      server,
      malmo,
      'POST',
      `/api/workspace/organisations/${hamn.id}/invites`,
      { workshopId: older.workshop.id },
    )
    expect(invite.statusCode).toBe(409)
    const facilitators = await asBearer(
      server,
      older.facilitatorToken,
      'POST',
      `/api/workshops/${older.workshop.id}/invites`,
      { role: 'company', actorId: hamn.id },
    )
    expect(facilitators.statusCode).toBe(409)
    // Its own invite and edits work as before, on that board only.
    const edit = await editInWorkshop(older.workshop.id, older.facilitatorToken, legacy.id, {
      position: 'CFO',
    })
    expect(edit.statusCode).toBe(200)
    expect((await directory()).find((o) => o.id === hamn.id)?.position).toBe('')
    expect((await directory()).some((o) => o.id === legacy.id)).toBe(false)
  })

  it('[W21] leaves a workshop made without an account with its own directory', async () => {
    const standalone = await server.createWorkshop()
    const before = await directory()
    const added = await addInWorkshop(standalone, { ...ENERGI })
    expect(added.statusCode).toBe(201)
    expect(added.json<OrganisationResponse>().organisation.id).not.toBe(
      before.find((o) => o.name === ENERGI.name)?.id,
    )
    expect(await directory()).toEqual(before)
  })
})
