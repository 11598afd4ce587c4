import {
  type Candidate,
  type CandidateResponse,
  type CreateWorkshopResponse,
  getMeasure,
  type MeasureStatus,
  recordCommitment,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { commitMeasureFromLedger } from '../commitments/commitMeasure.ts'
import {
  asStaff,
  bringIn as bringInto,
  malmoWorkshops,
  type Proposer,
  setStatus as setStatusOf,
} from './candidateTestKit.ts'

describe('[W13] a planner’s decision on the boards it came from, and a signature in the list', () => {
  let server: TestServer
  let malmo: string
  let evening: CreateWorkshopResponse
  let breakfast: CreateWorkshopResponse
  let anna: Proposer
  let cai: Proposer
  beforeAll(async () => {
    server = await startServer()
    ;({ malmo, evening, breakfast, anna, cai } = await malmoWorkshops(server))
  })
  afterAll(() => server.close())

  const bringIn = (workshop: CreateWorkshopResponse, measureId: string) =>
    bringInto(server, malmo, workshop, measureId)
  const setStatus = async (id: string, body: object) => {
    const response = await setStatusOf(server, malmo, id, body)
    expect(response.statusCode).toBe(200)
    return response.json<CandidateResponse>().candidate
  }
  const boardStatus = (workshop: CreateWorkshopResponse, measureId: string) =>
    workshopDocs(server, workshop.workshop.id).doc(
      'board',
      (doc) => getMeasure(doc, measureId)?.status,
    )
  const sign = (workshop: CreateWorkshopResponse, measureId: string, status: MeasureStatus) =>
    workshopDocs(server, workshop.workshop.id).doc('ledger', (doc) =>
      recordCommitment(doc, {
        id: `c-${measureId}`,
        actorId: 'actor-1',
        measureId,
        text: 'We run the cargo bikes from 2027.',
        target: { value: 12, unit: 'bikes', year: 2027 },
        signedBy: 'p-signatory',
        signedAt: new Date().toISOString(),
        withdrawn: null,
        measureStatusBefore: status,
      }),
    )
  const candidate = async (id: string) =>
    (
      await asStaff(server, malmo, 'GET', '/api/workspace/candidates').then(
        (r) => r.json<{ candidates: Candidate[] }>().candidates,
      )
    ).find((c) => c.id === id)

  it('writes each status to the measure on its board, a rejection included', async () => {
    const measureId = await anna.propose('Bus lane on Storgatan')
    const id = await bringIn(evening, measureId)
    for (const status of ['discussed', 'prioritised', 'in_plan'] as const) {
      await setStatus(id, { status })
      expect(await boardStatus(evening, measureId)).toBe(status)
    }
    await setStatus(id, { status: 'rejected', reason: 'The tram line runs along the same street.' })
    expect(await boardStatus(evening, measureId)).toBe('rejected')
  })

  it('writes to every workshop a merged candidate came from, and leaves the merged card be', async () => {
    const here = await anna.propose('Cycle paths in the centre')
    const there = await cai.propose('Bike lanes downtown')
    const survivor = await bringIn(evening, here)
    const merged = await bringIn(breakfast, there)
    const merge = await asStaff(
      server,
      malmo,
      'POST',
      `/api/workspace/candidates/${merged}/merge`,
      {
        into: survivor,
      },
    )
    expect(merge.statusCode).toBe(200)
    await setStatus(survivor, { status: 'prioritised' })
    expect(await boardStatus(evening, here)).toBe('prioritised')
    // The merged candidate's own board is the breakfast's; the survivor's sources are its own.
    expect(await boardStatus(breakfast, there)).toBe('proposed')
  })

  it('keeps a measure with a standing signature committed, whatever a planner sets', async () => {
    const measureId = await anna.propose('Cargo bikes for municipal deliveries')
    const id = await bringIn(evening, measureId)
    await sign(evening, measureId, 'proposed')
    await commitMeasureFromLedger(server.context, evening.workshop.id, measureId)
    expect(await boardStatus(evening, measureId)).toBe('committed')
    await setStatus(id, { status: 'prioritised' })
    expect(await boardStatus(evening, measureId)).toBe('committed')
  })

  it('makes a signed measure’s candidate committed, unless the planners rejected it', async () => {
    const signed = await anna.propose('Solar roofs on schools')
    const id = await bringIn(evening, signed)
    await setStatus(id, { status: 'discussed' })
    await sign(evening, signed, 'discussed')
    await commitMeasureFromLedger(server.context, evening.workshop.id, signed)
    expect((await candidate(id))?.state).toEqual({ status: 'committed' })

    const refused = await anna.propose('Heat pumps in every school')
    const refusedId = await bringIn(evening, refused)
    const reason = 'The district heating reaches every school by 2028.'
    await setStatus(refusedId, { status: 'rejected', reason })
    await sign(evening, refused, 'rejected')
    await commitMeasureFromLedger(server.context, evening.workshop.id, refused)
    expect((await candidate(refusedId))?.state).toEqual({ status: 'rejected', reason })
  })
})
