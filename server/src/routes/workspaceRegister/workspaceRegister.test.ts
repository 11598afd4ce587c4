import {
  addActor,
  type CreateWorkshopResponse,
  recordCommitment,
  restoreActor,
} from '@pactboard/shared'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import { asStaff, proposer, workspaceWorkshop } from '../candidates/candidateTestKit.ts'
import {
  addToWorkspace,
  ENERGI,
  joinWithInvite,
  signCommitment,
  staffInvite,
} from '../workspaceOrganisations/organisationTestKit.ts'

describe('[W14] the workspace’s commitments register', () => {
  let server: TestServer
  let malmo: string
  let lund: string
  let evening: CreateWorkshopResponse
  let breakfast: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    lund = (await setUpWorkspace(server, 'admin@lund.se')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    breakfast = await workspaceWorkshop(server, malmo, 'Frukostmöte')
    const elsewhere = await workspaceWorkshop(server, lund, 'Lunds möte')
    await sign(evening, 'Skånetrafiken', 'We run night trams on weekends from 2027.')
    await sign(breakfast, 'Malmö Hamn AB', 'Shore power at every quay by 2028.')
    await sign(elsewhere, 'Lunds Energi', 'District heating without fossil fuel by 2030.')
  })
  afterAll(() => server.close())

  /** An organisation on the workshop's board signs a commitment (as the server records one). */
  async function sign(workshop: CreateWorkshopResponse, organisation: string, text: string) {
    const clicker = await proposer(server, workshop, `Clicker at ${organisation}`)
    const docs = workshopDocs(server, workshop.workshop.id)
    const actor = await docs.doc('board', (doc) =>
      addActor(doc, { name: organisation, kind: 'company', responsiblePerson: 'Signe Signatory' }),
    )
    await docs.doc('ledger', (doc) =>
      recordCommitment(doc, {
        id: `c-${actor.id}`,
        actorId: actor.id,
        measureId: null,
        text,
        target: { value: 1, unit: 'programme', year: 2028 },
        signedBy: clicker.joined.participant.id,
        signedAt: new Date().toISOString(),
        withdrawn: null,
      }),
    )
  }
  const register = (cookie: string, query = 'format=csv&lang=en') =>
    asStaff(server, cookie, 'GET', `/api/workspace/commitments/export?${query}`)

  it('holds every workshop’s commitments, each with its workshop, and no other workspace’s', async () => {
    const response = await register(malmo)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/text\/csv/)
    expect(response.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/)
    const [header, ...rows] = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(header?.startsWith('Workshop,Institution')).toBe(true)
    expect(rows).toHaveLength(2)
    expect(rows.find((row) => row.includes('Skånetrafiken'))).toMatch(/^Kvällsmöte,/)
    expect(rows.find((row) => row.includes('Malmö Hamn AB'))).toMatch(/^Frukostmöte,/)
    expect(response.body).not.toContain('Lunds Energi')
    // [G4] The organisation and its signatory, never the person who clicked "sign".
    expect(response.body).not.toContain('Clicker at')
  })

  it('names no person at all when anonymised, and comes as XLSX too', async () => {
    const anonymised = await register(malmo, 'format=csv&lang=en&privacy=anonymised')
    expect(anonymised.body).toContain('Skånetrafiken')
    expect(anonymised.body).not.toContain('Signe Signatory')
    const xlsx = await register(malmo, 'format=xlsx')
    expect(xlsx.statusCode).toBe(200)
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/)
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK')
  })

  it('answers staff only, and refuses what it does not know', async () => {
    const participant = await server.join(evening.joinCode, { displayName: 'Dana' })
    const asParticipant = await server.app.inject({
      method: 'GET',
      url: '/api/workspace/commitments/export?format=csv',
      headers: { authorization: `Bearer ${participant.token}` },
    })
    expect(asParticipant.statusCode).toBe(401)
    expect((await register(malmo, 'format=pdf')).statusCode).toBe(400)
    expect((await register(malmo, 'format=csv&privacy=everything')).statusCode).toBe(400)
  })
})

describe('[W14][W22] one organisation’s commitments from several workshops', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  it('lists a company’s commitments from two workshops under its one organisation, with the workspace’s details', async () => {
    const cookie = (await setUpWorkspace(server, 'admin@umea.se')).cookie
    const evening = await workspaceWorkshop(server, cookie, 'Kvällsmöte')
    const breakfast = await workspaceWorkshop(server, cookie, 'Frukostmöte')
    const energi = await addToWorkspace(server, cookie)
    const erik = await joinWithInvite(
      server,
      await staffInvite(server, cookie, energi.id, evening.workshop.id),
      'Erik',
    )
    const maja = await joinWithInvite(
      server,
      await staffInvite(server, cookie, energi.id, breakfast.workshop.id),
      'Maja',
    )
    expect([erik.participant.actorId, maja.participant.actorId]).toEqual([energi.id, energi.id])
    await signCommitment(server, erik, 'Heat pumps in every school we heat by 2027.')
    await signCommitment(server, maja, 'Waste heat from the data centre into the grid by 2028.')
    // A company new to the workspace signs in one workshop only.
    const other = await server.join(breakfast.joinCode, {
      displayName: 'Ola',
      role: 'company',
      actor: { name: 'Avfall Norr', kind: 'ngo' },
    })
    await signCommitment(server, other, 'Sorting stations on every block.')

    // A board's copy that missed an edit still reads as the workspace's record.
    await workshopDocs(server, evening.workshop.id).doc('board', (doc) =>
      restoreActor(doc, { ...energi, position: 'Former title' }),
    )
    const response = await asStaff(
      server,
      cookie,
      'GET',
      '/api/workspace/commitments/export?format=csv&lang=en',
    )
    const rows = (parse(response.body, { bom: true }) as string[][]).slice(1)
    expect(rows).toHaveLength(3)
    const ofEnergi = rows.filter((row) => row[1] === ENERGI.name)
    expect(ofEnergi.map((row) => row[0]).sort()).toEqual(['Frukostmöte', 'Kvällsmöte'])
    // The same organisation in both: its number, kind, signatory and position alike.
    expect(ofEnergi[0]?.slice(1, 6)).toEqual(ofEnergi[1]?.slice(1, 6))
    expect(ofEnergi[0]?.slice(1, 6)).toEqual([
      ENERGI.name,
      ENERGI.orgNumber,
      'Utility (energy, water, waste)',
      ENERGI.responsiblePerson,
      ENERGI.position,
    ])
  })
})
