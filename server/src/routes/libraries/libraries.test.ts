import {
  type CopyLibraryMeasureResponse,
  type CreateWorkshopResponse,
  getMeasure,
  type ImportLibraryResponse,
  LIBRARY_MAX_BYTES,
  LIBRARY_MAX_MEASURES,
  type LibraryMeasuresResponse,
  type ListCandidatesResponse,
  type ListLibrariesResponse,
  type OpenWorkshopResponse,
} from '@pactboard/shared'
import { makeLibraryFile } from '@pactboard/shared/test/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { addStaff, setUpWorkspace } from '../account/staffTestKit.ts'
import { asStaff, workspaceWorkshop } from '../candidates/candidateTestKit.ts'

/** Importing, browsing and copying measure libraries, and everything an attacker tries ([W15]–[W19]). */

const file = makeLibraryFile()

describe('measure libraries', () => {
  let server: TestServer
  let malmo: string
  let planner: string
  let lund: string
  let evening: CreateWorkshopResponse
  let lundsWorkshop: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    planner = await addStaff(server, malmo, 'planner@malmo.se', 'planner')
    lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    lundsWorkshop = await workspaceWorkshop(server, lund, 'Lunds kväll')
  })
  afterAll(() => server.close())

  const importFile = (cookie: string, body: unknown) =>
    server.app.inject({
      method: 'POST',
      url: '/api/workspace/libraries',
      headers: { cookie, 'content-type': 'application/json' },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const imported = async (cookie: string, body: unknown = file) => {
    const response = await importFile(cookie, body)
    expect([200, 201], response.body).toContain(response.statusCode)
    return response.json<ImportLibraryResponse>()
  }
  const candidates = async (cookie: string) =>
    (
      await asStaff(server, cookie, 'GET', '/api/workspace/candidates')
    ).json<ListCandidatesResponse>().candidates
  const measures = (cookie: string, libraryId: string, query = '') =>
    asStaff(server, cookie, 'GET', `/api/workspace/libraries/${libraryId}/measures${query}`)
  const copy = (cookie: string, libraryId: string, measureId: string, workshopId: string) =>
    asStaff(
      server,
      cookie,
      'POST',
      `/api/workspace/libraries/${libraryId}/measures/${measureId}/copy`,
      {
        workshopId,
      },
    )

  it('[W17] imports a library: each measure a proposed candidate, adapted from its origin', async () => {
    const response = await importFile(planner, file)
    expect(response.statusCode, response.body).toBe(201)
    const { library, created, candidates: made } = response.json<ImportLibraryResponse>()
    expect(created).toBe(true)
    expect(library).toMatchObject({
      origin: { name: 'Helsingborgs stad', kind: 'city', language: 'sv' },
      year: 2026,
      measureCount: 2,
    })
    expect(made.map((c) => [c.title, c.state.status, c.adaptedFrom])).toEqual([
      [
        'Solar roofs on every school',
        'proposed',
        { libraryId: library.id, originName: 'Helsingborgs stad', year: 2026 },
      ],
      [
        'Car-free city centre on Sundays',
        'proposed',
        { libraryId: library.id, originName: 'Helsingborgs stad', year: 2026 },
      ],
    ])
    const listed = await candidates(malmo)
    expect(listed.filter((c) => c.adaptedFrom?.libraryId === library.id)).toHaveLength(2)
  })

  it('[W17] imports the same file again as nothing new, however it is spaced', async () => {
    const first = await imported(malmo)
    const before = (await candidates(malmo)).length
    const again = await importFile(malmo, JSON.stringify(file, null, 4))
    expect(again.statusCode).toBe(200)
    expect(again.json<ImportLibraryResponse>()).toMatchObject({
      created: false,
      library: { id: first.library.id },
    })
    expect(again.json<ImportLibraryResponse>().candidates.map((c) => c.id)).toEqual(
      first.candidates.map((c) => c.id),
    )
    expect(await candidates(malmo)).toHaveLength(before)
    const libraries = (
      await asStaff(server, malmo, 'GET', '/api/workspace/libraries')
    ).json<ListLibrariesResponse>().libraries
    expect(libraries.filter((l) => l.origin.name === 'Helsingborgs stad')).toHaveLength(1)
  })

  it('[W15] refuses a crafted file that carries people, and keeps nothing of it: 400', async () => {
    const [first] = file.measures
    const before = (await candidates(malmo)).length
    for (const crafted of [
      { ...file, comments: [{ text: 'Anna wrote this' }] },
      { ...file, participants: [{ displayName: 'Anna Lindqvist' }] },
      { ...file, measures: [{ ...first, proposer: { participantId: 'p-anna', actorId: null } }] },
      { ...file, measures: [{ ...first, votes: 12 }] },
      { ...file, measures: [{ ...first, reactions: { love: 3 } }] },
      {
        ...file,
        measures: [{ ...first, responsibleActors: [{ actorId: 'a-1', role: 'primary' }] }],
      },
      { ...file, origin: { ...file.origin, contact: 'anna@helsingborg.se' } },
    ]) {
      const response = await importFile(malmo, crafted)
      expect(response.statusCode, JSON.stringify(crafted).slice(0, 80)).toBe(400)
      expect(response.json().error.code).toBe('LIBRARY_INVALID')
      expect(response.json().error.issues[0].message).toMatch(/Unrecognized key/)
    }
    expect(await candidates(malmo)).toHaveLength(before)
  })

  it('[W15] refuses another format, too many measures (400) and too large a file (413)', async () => {
    for (const body of [
      { ...file, format: 'pactboard-export' },
      { ...file, version: 2 },
      { ...file, measures: [] },
      {
        ...file,
        measures: Array.from({ length: LIBRARY_MAX_MEASURES + 1 }, () => file.measures[0]),
      },
      '{"format": "pactboard-library", ',
    ]) {
      const response = await importFile(malmo, body)
      expect(response.statusCode).toBe(400)
      expect(['LIBRARY_INVALID', 'VALIDATION_FAILED']).toContain(response.json().error.code)
    }
    const huge = JSON.stringify({ ...file, padding: 'x'.repeat(LIBRARY_MAX_BYTES) })
    const tooLarge = await importFile(malmo, huge)
    expect(tooLarge.statusCode).toBe(413)
    expect(tooLarge.json().error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('[W18] lists the workspace’s libraries and filters a library’s measures', async () => {
    const { library } = await imported(malmo)
    const listed = (
      await asStaff(server, malmo, 'GET', '/api/workspace/libraries')
    ).json<ListLibrariesResponse>()
    expect(listed.libraries.map((l) => l.id)).toContain(library.id)
    const titles = async (query: string) => {
      const response = await measures(planner, library.id, query)
      expect(response.statusCode, response.body).toBe(200)
      return response.json<LibraryMeasuresResponse>().measures.map((m) => m.fields.title)
    }
    expect(await titles('')).toEqual([
      'Solar roofs on every school',
      'Car-free city centre on Sundays',
    ])
    expect(await titles('?field=mobility_transport')).toEqual(['Car-free city centre on Sundays'])
    expect(await titles('?sector=stationary_energy')).toEqual(['Solar roofs on every school'])
    expect(await titles('?field=energy_systems&sector=transport')).toEqual([])
    const full = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>()
    expect(full.measures[0]?.fields).toEqual(file.measures[0])
    for (const query of ['?field=rockets', '?sector=space', '?workspace=ws-admin@lund.se']) {
      expect((await measures(malmo, library.id, query)).statusCode, query).toBe(400)
    }
  })

  it('[W18] shows another workspace’s library to no one else: 404 as if absent', async () => {
    const { library } = await imported(malmo)
    const [measure] = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>().measures
    expect(
      (await asStaff(server, lund, 'GET', '/api/workspace/libraries')).json<ListLibrariesResponse>()
        .libraries,
    ).toEqual([])
    for (const response of [
      await measures(lund, library.id),
      await measures(lund, 'lib-forged'),
      await copy(lund, library.id, measure?.id ?? '', lundsWorkshop.workshop.id),
      await copy(malmo, library.id, 'm-forged', evening.workshop.id),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('LIBRARY_NOT_FOUND')
    }
    // nor its candidates
    const made = (await candidates(malmo)).find((c) => c.adaptedFrom?.libraryId === library.id)
    const status = await asStaff(
      server,
      lund,
      'PUT',
      `/api/workspace/candidates/${made?.id}/status`,
      {
        status: 'in_plan',
      },
    )
    expect(status.statusCode).toBe(404)
  })

  it('[W19] copies a measure onto a workshop’s board, proposed by the staff member, its origin credited', async () => {
    const { library } = await imported(malmo)
    const [, sundays] = (await measures(planner, library.id)).json<LibraryMeasuresResponse>()
      .measures
    const response = await copy(planner, library.id, sundays?.id ?? '', evening.workshop.id)
    expect(response.statusCode, response.body).toBe(201)
    const { measureId } = response.json<CopyLibraryMeasureResponse>()
    const opened = (
      await asStaff(
        server,
        planner,
        'POST',
        `/api/workspace/workshops/${evening.workshop.id}/open`,
        {},
      )
    ).json<OpenWorkshopResponse>()
    const onBoard = await workshopDocs(server, evening.workshop.id).doc('board', (doc) =>
      getMeasure(doc, measureId),
    )
    expect(onBoard).toMatchObject({
      title: 'Car-free city centre on Sundays',
      // the workshop is Swedish: the credit is in its language
      description: 'Anpassad från Helsingborgs stad, 2026.\n\nStreets for people one day a week.',
      fieldOfAction: 'mobility_transport',
      emissionSectors: ['transport'],
      reduction: { tCO2ePerYearBySector: { transport: 300 } },
      cost: { capexEur: 0, opexEurPerYear: 20_000, funding: [] },
      status: 'proposed',
      proposer: { participantId: opened.participant.id, actorId: null },
      responsibleActors: [],
      involvedStakeholders: [],
    })
    // the same person in the workshop as when the planner opens it, registered once
    expect(opened.participant).toMatchObject({ displayName: expect.any(String), role: 'planner' })
  })

  it('[W19] copies into no workshop of another workspace, nor one that does not exist: 404', async () => {
    const { library } = await imported(malmo)
    const [measure] = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>().measures
    for (const workshopId of [lundsWorkshop.workshop.id, 'w-forged']) {
      const response = await copy(malmo, library.id, measure?.id ?? '', workshopId)
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('WORKSHOP_NOT_FOUND')
    }
    const lundsBoard = await workshopDocs(server, lundsWorkshop.workshop.id).doc(
      'board',
      (doc) => doc.getMap('measures').size,
    )
    expect(lundsBoard).toBe(0)
  })

  it('[W19] copies nothing for a staff member removed from the workshop: 401', async () => {
    const { library } = await imported(malmo)
    const [measure] = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>().measures
    const removed = await addStaff(server, malmo, 'removed@malmo.se', 'planner')
    const opened = (
      await asStaff(
        server,
        removed,
        'POST',
        `/api/workspace/workshops/${evening.workshop.id}/open`,
        {},
      )
    ).json<OpenWorkshopResponse>()
    await server.context.store.revokeParticipant(
      evening.workshop.id,
      opened.participant.id,
      new Date().toISOString(),
    )
    const response = await copy(removed, library.id, measure?.id ?? '', evening.workshop.id)
    expect(response.statusCode).toBe(401)
    expect(response.json().error.code).toBe('PARTICIPANT_REMOVED')
  })

  it('[W15]–[W19] open to no workshop token, forged cookie or missing session: 401', async () => {
    const { library } = await imported(malmo)
    const [measure] = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>().measures
    const participant = await server.join(evening.joinCode, { displayName: 'Eva' })
    const routes = [
      { method: 'POST', url: '/api/workspace/library/export', payload: { candidateIds: ['c-1'] } },
      { method: 'POST', url: '/api/workspace/libraries', payload: file },
      { method: 'GET', url: '/api/workspace/libraries' },
      { method: 'GET', url: `/api/workspace/libraries/${library.id}/measures` },
      {
        method: 'POST',
        url: `/api/workspace/libraries/${library.id}/measures/${measure?.id}/copy`,
        payload: { workshopId: evening.workshop.id },
      },
    ] as const
    for (const route of routes) {
      for (const headers of [
        { authorization: `Bearer ${evening.facilitatorToken}` },
        { authorization: `Bearer ${participant.token}` },
        { cookie: 'pactboard_session=forged' },
        {},
      ]) {
        const response = await server.app.inject({ ...route, headers })
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(401)
        expect(response.json().error.code).toBe('NOT_SIGNED_IN')
      }
    }
  })

  it('[W15]–[W19] take no change from a form another site could post: JSON only', async () => {
    const { library } = await imported(malmo)
    const [measure] = (await measures(malmo, library.id)).json<LibraryMeasuresResponse>().measures
    const before = (await candidates(malmo)).length
    for (const [url, payload] of [
      ['/api/workspace/library/export', 'candidateIds=c-1'],
      ['/api/workspace/libraries', 'format=pactboard-library'],
      [
        `/api/workspace/libraries/${library.id}/measures/${measure?.id}/copy`,
        `workshopId=${evening.workshop.id}`,
      ],
    ] as const) {
      const response = await server.app.inject({
        method: 'POST',
        url,
        headers: { cookie: malmo, 'content-type': 'application/x-www-form-urlencoded' },
        payload,
      })
      expect(response.statusCode, url).toBe(400)
    }
    expect(await candidates(malmo)).toHaveLength(before)
  })

  it('[W17][G1] deleting a workshop leaves the library’s candidates in the list', async () => {
    const { candidates: made } = await imported(lund)
    const deleted = await workshopDocs(server, lundsWorkshop.workshop.id).api(
      'DELETE',
      '',
      lundsWorkshop.facilitatorToken,
    )
    expect(deleted.statusCode, deleted.body).toBe(200)
    const left = await candidates(lund)
    expect(left.map((c) => c.id).sort()).toEqual(made.map((c) => c.id).sort())
  })
})
