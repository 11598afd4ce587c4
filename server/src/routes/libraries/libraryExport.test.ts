import {
  addActor,
  addComment,
  addMeasure,
  type CreateWorkshopResponse,
  type ImportLibraryResponse,
  LIBRARY_FORMAT,
  type LibraryFile,
  toggleReaction,
  updateMeasure,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import { asStaff, bringIn, workspaceWorkshop } from '../candidates/candidateTestKit.ts'

/**
 * [W15][W16] A library exported from a workshop full of people: names, an organisation and its
 * responsible person, stakeholders, a funder, dots, reactions and comments. The file holds the
 * measure's words and figures and none of the rest, byte for byte.
 */

const PERSONAL = {
  proposer: 'Anna Lindqvist',
  commenter: 'Bo Bergström',
  comment: 'Bo says the depot on Nobelvägen is the place for it',
  organisation: 'Vattenfall Eldistribution AB',
  responsiblePerson: 'Karin Karlsson',
  stakeholder: 'Skånetrafiken Region Skåne',
  funder: 'Klimatklivet via Naturvårdsverket',
  voter: 'voter-eva-17',
}

describe('[W16] exporting chosen candidates as a library', () => {
  let server: TestServer
  let malmo: string
  let evening: CreateWorkshopResponse
  let file: LibraryFile
  let bytes: string
  let disposition: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    const workshopId = evening.workshop.id
    const anna = await server.join(evening.joinCode, { displayName: PERSONAL.proposer })
    const bo = await server.join(evening.joinCode, { displayName: PERSONAL.commenter })
    ids.anna = anna.participant.id
    ids.bo = bo.participant.id
    const docs = workshopDocs(server, workshopId)
    const measure = await docs.doc('board', (doc) => {
      const actor = addActor(doc, {
        name: PERSONAL.organisation,
        kind: 'utility',
        responsiblePerson: PERSONAL.responsiblePerson,
        position: 'Head of grids',
      })
      ids.actor = actor.id
      const added = addMeasure(doc, {
        fields: makeMeasureFields({
          title: 'Electric bus depot',
          description: 'Charge the city buses overnight at one depot.',
          fieldOfAction: 'mobility_transport',
          emissionSectors: ['transport'],
          systemicLevers: ['technology_infrastructure', 'finance_funding'],
          responsibleActors: [{ actorId: actor.id, role: 'primary' }],
          involvedStakeholders: [PERSONAL.stakeholder],
          reduction: {
            tCO2ePerYearBySector: { transport: 2400 },
            firstYear: 2027,
            rampUpYears: 3,
            confidence: 'high',
            method: 'Diesel displaced per bus-km',
          },
          cost: {
            capexEur: 12_000_000,
            opexEurPerYear: -150_000,
            funding: [
              {
                source: PERSONAL.funder,
                type: 'national',
                amountEur: 3_000_000,
                status: 'secured',
              },
            ],
          },
          timeline: { startYear: 2026, endYear: 2029 },
          coBenefits: ['air_quality', 'reduced_noise'],
          tags: [],
        }),
        proposer: { participantId: anna.participant.id, actorId: actor.id },
      })
      addComment(doc, {
        measureId: added.id,
        authorParticipantId: bo.participant.id,
        text: PERSONAL.comment,
      })
      toggleReaction(doc, { measureId: added.id, participantId: bo.participant.id, kind: 'love' })
      return added
    })
    ids.measure = measure.id
    await server.context.store.putVotes(workshopId, [
      { participantId: PERSONAL.voter, measureId: measure.id, count: 7 },
    ])
    ids.candidate = await bringIn(server, malmo, evening, measure.id)
    // Words are the candidate's, as last brought in; figures are the board's as they are now.
    await docs.doc('board', (doc) =>
      updateMeasure(doc, measure.id, { title: 'Bus depot (edited later)', tags: ['buses'] }),
    )
    const response = await asStaff(server, malmo, 'POST', '/api/workspace/library/export', {
      candidateIds: [ids.candidate],
    })
    expect(response.statusCode, response.body).toBe(200)
    bytes = response.body
    disposition = String(response.headers['content-disposition'])
    file = response.json<LibraryFile>()
  })
  afterAll(() => server.close())

  it('downloads a file named for the workspace and the day', () => {
    expect(disposition).toMatch(
      /^attachment; filename="Malm_ stad measure library \d{4}-\d{2}-\d{2}\.json"/,
    )
    expect(disposition).toContain("filename*=UTF-8''Malm%C3%B6%20stad%20measure%20library")
  })

  it('[W15] carries the words and figures a city can reuse, crediting the workspace', () => {
    expect(file).toMatchObject({
      format: LIBRARY_FORMAT,
      version: 1,
      origin: { name: 'Malmö stad', kind: 'city', language: 'sv' },
    })
    expect(file.measures).toEqual([
      {
        title: 'Electric bus depot',
        description: 'Charge the city buses overnight at one depot.',
        actionType: 'infrastructure',
        fieldOfAction: 'mobility_transport',
        systemicLevers: ['technology_infrastructure', 'finance_funding'],
        emissionSectors: ['transport'],
        reduction: {
          tCO2ePerYearBySector: { transport: 2400 },
          firstYear: 2027,
          rampUpYears: 3,
          confidence: 'high',
          method: 'Diesel displaced per bus-km',
        },
        cost: { capexEur: 12_000_000, opexEurPerYear: -150_000 },
        timeline: { startYear: 2026, endYear: 2029 },
        coBenefits: ['air_quality', 'reduced_noise'],
        tags: ['buses'],
      },
    ])
  })

  it('[W15] holds no name, organisation, funder, vote, reaction or comment anywhere in its bytes', () => {
    for (const [what, text] of Object.entries({
      ...PERSONAL,
      annaId: ids.anna ?? '',
      boId: ids.bo ?? '',
      actorId: ids.actor ?? '',
      measureId: ids.measure ?? '',
      workshopId: evening.workshop.id,
      workshopTitle: 'Kvällsmöte',
      facilitator: 'Anna',
    })) {
      expect(bytes.includes(text), `${what}: ${text}`).toBe(false)
    }
    for (const key of [
      'proposer',
      'participant',
      'actor',
      'responsible',
      'stakeholder',
      'funding',
      'dots',
      'votes',
      'reaction',
      'comment',
      'sources',
      'status',
    ]) {
      expect(bytes.toLowerCase().includes(`"${key}`), key).toBe(false)
    }
  })

  it('[W16] refuses another workspace’s candidate as none (404) and a merged one (409)', async () => {
    const lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
    const theirs = await asStaff(server, lund, 'POST', '/api/workspace/library/export', {
      candidateIds: [ids.candidate],
    })
    expect(theirs.statusCode).toBe(404)
    expect(theirs.json().error.code).toBe('CANDIDATE_NOT_FOUND')
    const docs = workshopDocs(server, evening.workshop.id)
    const other = await docs.addCard(ids.anna ?? '', 'Electric buses')
    const duplicate = await bringIn(server, malmo, evening, other)
    const merged = await asStaff(
      server,
      malmo,
      'POST',
      `/api/workspace/candidates/${duplicate}/merge`,
      {
        into: ids.candidate,
      },
    )
    expect(merged.statusCode, merged.body).toBe(200)
    const refused = await asStaff(server, malmo, 'POST', '/api/workspace/library/export', {
      candidateIds: [duplicate],
    })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('CANDIDATE_MERGED')
    for (const candidateIds of [[], [ids.candidate, ids.candidate], ['x'.repeat(65)]]) {
      const bad = await asStaff(server, malmo, 'POST', '/api/workspace/library/export', {
        candidateIds,
      })
      expect(bad.statusCode, JSON.stringify(candidateIds)).toBe(400)
    }
  })

  it('[W17] imports back elsewhere as it was exported, and re-exports with the same figures', async () => {
    const lund = (await setUpWorkspace(server, 'planner@lund.se', 'Lunds kommun')).cookie
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/libraries',
      headers: { cookie: lund, 'content-type': 'application/json' },
      payload: bytes,
    })
    expect(imported.statusCode, imported.body).toBe(201)
    const [candidate] = imported.json<ImportLibraryResponse>().candidates
    expect(candidate?.adaptedFrom?.originName).toBe('Malmö stad')
    const again = await asStaff(server, lund, 'POST', '/api/workspace/library/export', {
      candidateIds: [candidate?.id],
    })
    expect(again.statusCode, again.body).toBe(200)
    const reexported = again.json<LibraryFile>()
    expect(reexported.origin.name).toBe('Lunds kommun')
    expect(reexported.measures).toEqual(file.measures)
  })
})
