import {
  type BringInResponse,
  type Candidate,
  type CreateWorkshopResponse,
  type ListCandidatesResponse,
  type MergeCandidateResponse,
  provenanceOf,
  type WorkshopMeasuresResponse,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { addStaff, setUpWorkspace } from '../account/staffTestKit.ts'
import { asStaff, type Proposer, proposer, workspaceWorkshop } from './candidateTestKit.ts'

describe('the workspace’s candidate list', () => {
  let server: TestServer
  let malmo: string
  let planner: string
  let lund: string
  let evening: CreateWorkshopResponse
  let breakfast: CreateWorkshopResponse
  let anna: Proposer
  let bo: Proposer
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    planner = await addStaff(server, malmo, 'planner@malmo.se', 'planner')
    lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    breakfast = await workspaceWorkshop(server, malmo, 'Frukostmöte')
    anna = await proposer(server, evening, 'Anna')
    bo = await proposer(server, breakfast, 'Bo')
  })
  afterAll(() => server.close())

  const bringIn = (cookie: string, workshopId: string, measureIds: string[]) =>
    asStaff(server, cookie, 'POST', '/api/workspace/candidates', { workshopId, measureIds })
  const broughtIn = async (cookie: string, workshopId: string, measureIds: string[]) => {
    const response = await bringIn(cookie, workshopId, measureIds)
    expect(response.statusCode, response.body).toBe(200)
    return response.json<BringInResponse>().candidates
  }
  const list = async (cookie: string) =>
    (
      await asStaff(server, cookie, 'GET', '/api/workspace/candidates')
    ).json<ListCandidatesResponse>().candidates
  const setStatus = (cookie: string, id: string, body: object) =>
    asStaff(server, cookie, 'PUT', `/api/workspace/candidates/${id}/status`, body)
  const merge = (cookie: string, id: string, into: string) =>
    asStaff(server, cookie, 'POST', `/api/workspace/candidates/${id}/merge`, { into })
  const one = async (title: string) => {
    const measureId = await anna.propose(title)
    const [candidate] = await broughtIn(planner, evening.workshop.id, [measureId])
    return candidate as Candidate
  }

  it('[W8] lists what a workshop has to bring in, and brings a measure in with its provenance', async () => {
    const measureId = await anna.propose('Cykelbanor på Storgatan', {
      dots: 9,
      reactions: ['support', 'support', 'concern'],
    })
    const offered = await asStaff(
      server,
      planner,
      'GET',
      `/api/workspace/workshops/${evening.workshop.id}/measures`,
    )
    expect(offered.json<WorkshopMeasuresResponse>().measures).toContainEqual({
      measureId,
      title: 'Cykelbanor på Storgatan',
      fieldOfAction: expect.any(String),
      proposedAt: expect.any(String),
      dots: 9,
      reactions: { support: 2, love: 0, idea: 0, concern: 1 },
      candidateId: null,
    })
    const [candidate] = await broughtIn(planner, evening.workshop.id, [measureId])
    expect(candidate).toMatchObject({
      title: 'Cykelbanor på Storgatan',
      state: { status: 'proposed' },
      sources: [
        {
          workshopId: evening.workshop.id,
          workshopTitle: 'Kvällsmöte',
          measureId,
          dots: 9,
          reactions: { support: 2, concern: 1 },
        },
      ],
    })
    expect((await list(malmo)).map((c) => c.id)).toContain(candidate?.id)
  })

  it('[W8] brings the same measure in again as the same candidate, its provenance updated', async () => {
    const measureId = await anna.propose('Solar roofs on every school', { dots: 2 })
    const [first] = await broughtIn(planner, evening.workshop.id, [measureId])
    await server.context.store.putVotes(evening.workshop.id, [
      { participantId: 'late-voter', measureId, count: 3 },
    ])
    const [again] = await broughtIn(malmo, evening.workshop.id, [measureId])
    expect(again?.id).toBe(first?.id)
    expect(again?.sources[0]?.dots).toBe(5)
    expect((await list(malmo)).filter((c) => c.sources[0]?.measureId === measureId)).toHaveLength(1)
  })

  it('[W8] brings in no hidden or withdrawn measure (409) and no measure the board lacks (404)', async () => {
    const hidden = await anna.propose('Something rude')
    const hide = await workshopDocs(server, evening.workshop.id).api(
      'POST',
      `/measures/${hidden}/hide`,
      evening.facilitatorToken,
      { reason: 'Rude' },
    )
    expect(hide.statusCode).toBe(200)
    const unavailable = await bringIn(planner, evening.workshop.id, [hidden])
    expect(unavailable.statusCode).toBe(409)
    expect(unavailable.json().error.code).toBe('MEASURE_UNAVAILABLE')
    const unknown = await bringIn(planner, evening.workshop.id, ['m-forged'])
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('NOT_FOUND')
    // the breakfast's measure is not on the evening's board
    const elsewhere = await bringIn(planner, evening.workshop.id, [await bo.propose('Elsewhere')])
    expect(elsewhere.statusCode).toBe(404)
  })

  it('[W9] merges duplicates across workshops: both kept, "proposed at A and at B", dots in all', async () => {
    const atEvening = await anna.propose('Bike lanes downtown', { dots: 9 })
    const atBreakfast = await bo.propose('Cycle paths in the centre', { dots: 5 })
    const [a] = await broughtIn(planner, evening.workshop.id, [atEvening])
    const [b] = await broughtIn(planner, breakfast.workshop.id, [atBreakfast])
    const response = await merge(planner, b?.id ?? '', a?.id ?? '')
    expect(response.statusCode, response.body).toBe(200)
    const { merged, survivor } = response.json<MergeCandidateResponse>()
    expect(merged.state).toEqual({ status: 'merged', mergedInto: survivor.id })
    const all = await list(planner)
    const provenance = provenanceOf(all.find((c) => c.id === survivor.id) as Candidate, all)
    expect(provenance.sources.map((s) => s.workshopTitle).sort()).toEqual([
      'Frukostmöte',
      'Kvällsmöte',
    ])
    expect(provenance.dots).toBe(14)
  })

  it('[W10] moves a candidate through its statuses; a rejection needs a reason written for citizens', async () => {
    const { id } = await one('Car-free Sundays')
    for (const status of ['discussed', 'prioritised', 'in_plan', 'committed']) {
      const moved = await setStatus(planner, id, { status })
      expect(moved.statusCode, moved.body).toBe(200)
      expect(moved.json().candidate.state).toEqual({ status })
    }
    const bare = await setStatus(planner, id, { status: 'rejected' })
    expect(bare.statusCode).toBe(400)
    expect(bare.json().error.code).toBe('VALIDATION_FAILED')
    const reason = 'The council closed the square to cars in 2025 already.'
    const rejected = await setStatus(planner, id, { status: 'rejected', reason })
    expect(rejected.json().candidate.state).toEqual({ status: 'rejected', reason })
  })

  it('refuses an oversized reason, a reason on another status, and a status nobody sets: 400', async () => {
    const { id } = await one('Free buses for pupils')
    for (const body of [
      { status: 'rejected', reason: 'x'.repeat(1001) },
      { status: 'in_plan', reason: 'Sneaked in' },
      { status: 'merged', mergedInto: id },
      { status: 'proposed' },
      { status: 'withdrawn' },
    ]) {
      const response = await setStatus(planner, id, body)
      expect(response.statusCode, JSON.stringify(body)).toBe(400)
    }
    const huge = await setStatus(planner, id, { status: 'rejected', reason: 'x'.repeat(70_000) })
    expect(huge.statusCode).toBe(413)
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('[W9] refuses a merge into itself (400) and a cycle or a merged candidate (409)', async () => {
    const a = await one('Tree-lined streets')
    const b = await one('More street trees')
    const c = await one('Shade trees at bus stops')
    const itself = await merge(planner, a.id, a.id)
    expect(itself.statusCode).toBe(400)
    expect(itself.json().error.issues).toEqual([{ path: 'into', message: expect.any(String) }])
    expect((await merge(planner, b.id, a.id)).statusCode).toBe(200)
    for (const [id, into] of [
      [a.id, b.id], // the cycle
      [c.id, b.id],
      [b.id, c.id],
    ]) {
      const refused = await merge(planner, id ?? '', into ?? '')
      expect(refused.statusCode).toBe(409)
      expect(refused.json().error.code).toBe('CANDIDATE_MERGED')
    }
    const status = await setStatus(planner, b.id, { status: 'in_plan' })
    expect(status.statusCode).toBe(409)
  })

  it('[W7] lets a staff member of another workspace read nothing and change nothing: 404', async () => {
    const mine = await one('Heat pumps for housing co-ops')
    const measureId = await anna.propose('District heating from waste heat')
    expect((await list(lund)).map((c) => c.id)).not.toContain(mine.id)
    const lundsOwn = await workspaceWorkshop(server, lund, 'Lund evening')
    const lundMeasure = await (await proposer(server, lundsOwn, 'Cai')).propose('Lund trams')
    const [theirs] = await broughtIn(lund, lundsOwn.workshop.id, [lundMeasure])
    const attempts = [
      await setStatus(lund, mine.id, { status: 'rejected', reason: 'Not wanted here' }),
      await merge(lund, mine.id, theirs?.id ?? ''),
      await merge(lund, theirs?.id ?? '', mine.id),
      await merge(malmo, mine.id, theirs?.id ?? ''),
    ]
    for (const response of attempts) {
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('CANDIDATE_NOT_FOUND')
    }
    for (const response of [
      await bringIn(lund, evening.workshop.id, [measureId]),
      await asStaff(
        server,
        lund,
        'GET',
        `/api/workspace/workshops/${evening.workshop.id}/measures`,
      ),
    ]) {
      expect(response.statusCode).toBe(404)
      expect(response.json().error.code).toBe('WORKSHOP_NOT_FOUND')
    }
    expect((await list(malmo)).find((c) => c.id === mine.id)?.state).toEqual({
      status: 'proposed',
    })
  })

  it('answers a forged candidate id, and a workshop made without an account, with 404', async () => {
    expect((await setStatus(planner, 'c-forged', { status: 'discussed' })).statusCode).toBe(404)
    const { id } = await one('Repair cafés')
    expect((await merge(planner, id, 'c-forged')).statusCode).toBe(404)
    expect((await merge(planner, 'c-forged', id)).statusCode).toBe(404)
    const anonymous = await server.createWorkshop()
    const measureId = await workshopDocs(server, anonymous.workshop.id).addCard('p-x')
    const response = await bringIn(planner, anonymous.workshop.id, [measureId])
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('WORKSHOP_NOT_FOUND')
  })

  it('[W1] opens no candidate route to a workshop token, a forged cookie or no session: 401', async () => {
    const { id } = await one('Bike parking at stations')
    const tokens = [anna.joined.token, evening.facilitatorToken]
    const routes = [
      { method: 'GET', url: '/api/workspace/candidates' },
      { method: 'GET', url: `/api/workspace/workshops/${evening.workshop.id}/measures` },
      {
        method: 'POST',
        url: '/api/workspace/candidates',
        payload: { workshopId: evening.workshop.id, measureIds: ['m-1'] },
      },
      {
        method: 'PUT',
        url: `/api/workspace/candidates/${id}/status`,
        payload: { status: 'in_plan' },
      },
      { method: 'POST', url: `/api/workspace/candidates/${id}/merge`, payload: { into: 'c-x' } },
    ] as const
    for (const route of routes) {
      for (const headers of [
        ...tokens.map((token) => ({ authorization: `Bearer ${token}` })),
        { cookie: 'pactboard_session=forged' },
        {},
      ]) {
        const response = await server.app.inject({ ...route, headers })
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(401)
        expect(response.json().error.code).toBe('NOT_SIGNED_IN')
      }
    }
  })

  it('takes no change from a form another site could post: JSON only', async () => {
    const { id } = await one('Night buses')
    const response = await server.app.inject({
      method: 'PUT',
      url: `/api/workspace/candidates/${id}/status`,
      headers: { cookie: planner, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'status=in_plan',
    })
    expect(response.statusCode).toBe(400)
    expect((await list(planner)).find((c) => c.id === id)?.state.status).toBe('proposed')
  })

  it('refuses a bring-in that repeats a measure, asks for none, or says more than it should', async () => {
    const measureId = await anna.propose('Library of things')
    for (const body of [
      { workshopId: evening.workshop.id, measureIds: [measureId, measureId] },
      { workshopId: evening.workshop.id, measureIds: [] },
      { workshopId: evening.workshop.id, measureIds: [measureId], workspaceId: 'ws-admin@lund.se' },
    ]) {
      const response = await asStaff(server, planner, 'POST', '/api/workspace/candidates', body)
      expect(response.statusCode, JSON.stringify(body)).toBe(400)
    }
  })
})
