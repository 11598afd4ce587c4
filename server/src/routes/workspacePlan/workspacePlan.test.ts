import {
  type Candidate,
  type CreateWorkshopResponse,
  getMeasure,
  getPortfolio,
  type ImportLibraryResponse,
  type LibraryMeasuresResponse,
  type ListWorkspaceWorkshopsResponse,
  listMeasures,
  type Measure,
  type OpenWorkshopResponse,
  recordCommitment,
  updateMeasure,
} from '@pactboard/shared'
import { makeLibraryFile } from '@pactboard/shared/test/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import {
  asStaff,
  bringIn as bringInto,
  malmoWorkshops,
  type Proposer,
  proposer,
  setStatus as setStatusOf,
  workspaceWorkshop,
} from '../candidates/candidateTestKit.ts'
import { commitMeasureFromLedger } from '../commitments/commitMeasure.ts'
import { planRoomId } from './planRoom.ts'

describe('the workspace’s one plan', () => {
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

  const openPlan = async (cookie = malmo) => {
    const response = await asStaff(server, cookie, 'POST', '/api/workspace/plan/open', {})
    expect(response.statusCode, response.body).toBe(200)
    return response.json<OpenWorkshopResponse>()
  }
  const bringIn = (workshop: CreateWorkshopResponse, measureId: string) =>
    bringInto(server, malmo, workshop, measureId)
  const setStatus = async (id: string, body: object) => {
    const response = await setStatusOf(server, malmo, id, body)
    expect(response.statusCode, response.body).toBe(200)
  }
  const planRoom = () => workshopDocs(server, planRoomId('ws-admin@malmo.se'))
  const planMeasure = (id: string): Promise<Measure | null> =>
    planRoom().doc('board', (doc) => getMeasure(doc, id))
  const portfolio = () => planRoom().doc('plan', getPortfolio)

  describe('[W25] its room', () => {
    it('is made on first open in the workspace’s language, closed to joining by code, and is one', async () => {
      const opened = await Promise.all([openPlan(), openPlan(), openPlan()])
      const ids = new Set(opened.map((o) => o.workshop.id))
      expect([...ids]).toEqual([planRoomId('ws-admin@malmo.se')])
      const [first] = opened
      expect(first?.workshop).toMatchObject({
        title: 'Malmö stad: klimatplanen',
        language: 'sv',
        joinLocked: true,
      })
      expect(first?.participant.role).toBe('facilitator')
      // Every open is the same person in the room.
      expect(new Set(opened.map((o) => o.participant.id)).size).toBe(1)
      const join = await server.app.inject({
        method: 'POST',
        url: '/api/join',
        payload: { code: first?.joinCode, displayName: 'Mallory' },
      })
      expect(join.json()).toMatchObject({ error: { code: 'JOIN_LOCKED' } })
    })

    it('is not listed among the workshops, and no candidate comes from it', async () => {
      const { workshop } = await openPlan()
      const list = await asStaff(server, malmo, 'GET', '/api/workspace/workshops')
      const titles = list.json<ListWorkspaceWorkshopsResponse>().workshops.map((w) => w.workshop.id)
      expect(titles).not.toContain(workshop.id)
      const measures = await asStaff(
        server,
        malmo,
        'GET',
        `/api/workspace/workshops/${workshop.id}/measures`,
      )
      expect(measures.statusCode).toBe(404)
    })

    it('is each workspace’s own: another city opens its own plan, never Malmö’s', async () => {
      const lund = (await setUpWorkspace(server, 'admin@lund.se', 'Lunds kommun')).cookie
      const theirs = await openPlan(lund)
      expect(theirs.workshop.id).toBe(planRoomId('ws-admin@lund.se'))
      expect(theirs.workshop.title).toBe('Lunds kommun: klimatplanen')
      const ours = await asStaff(
        server,
        lund,
        'POST',
        `/api/workspace/workshops/${planRoomId('ws-admin@malmo.se')}/open`,
        {},
      )
      expect(ours.statusCode).toBe(404)
    })

    it('is opened by a session only: a workshop token or a form post is refused', async () => {
      const byToken = await server.app.inject({
        method: 'POST',
        url: '/api/workspace/plan/open',
        headers: { authorization: `Bearer ${evening.facilitatorToken}` },
        payload: {},
      })
      expect(byToken.statusCode).toBe(401)
      const form = await server.app.inject({
        method: 'POST',
        url: '/api/workspace/plan/open',
        headers: { cookie: malmo, 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'x=1',
      })
      expect(form.json()).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    })
  })

  describe('[W26] its portfolio reads from the candidate list', () => {
    it('takes a measure put in the plan, with every figure its workshop gave it, naming no citizen', async () => {
      const measureId = await anna.propose('Cargo bikes for municipal deliveries')
      await workshopDocs(server, evening.workshop.id).doc('board', (doc) =>
        updateMeasure(doc, measureId, {
          cost: { capexEur: 120_000, opexEurPerYear: 8_000, funding: [] },
        }),
      )
      const id = await bringIn(evening, measureId)
      await setStatus(id, { status: 'in_plan' })
      const measure = await planMeasure(id)
      expect(measure).toMatchObject({
        title: 'Cargo bikes for municipal deliveries',
        status: 'in_plan',
        cost: { capexEur: 120_000, opexEurPerYear: 8_000 },
      })
      expect(await portfolio()).toContain(id)
      const room = await planRoom().doc('board', (doc) => Y.encodeStateAsUpdate(doc))
      const ledger = await planRoom().doc('ledger', (doc) => Y.encodeStateAsUpdate(doc))
      for (const bytes of [room, ledger]) {
        expect(Buffer.from(bytes).toString('utf8')).not.toContain('Anna Lindqvist')
      }
    })

    it('takes a measure out when it is rejected and back when it returns, the planners’ figures kept', async () => {
      const measureId = await cai.propose('Bike lanes downtown')
      const id = await bringIn(breakfast, measureId)
      await setStatus(id, { status: 'in_plan' })
      await planRoom().doc('board', (doc) =>
        updateMeasure(doc, id, { cost: { capexEur: 2_000_000, opexEurPerYear: 0, funding: [] } }),
      )
      await setStatus(id, {
        status: 'rejected',
        reason: 'The tram line runs along the same street.',
      })
      expect((await planMeasure(id))?.status).toBe('rejected')
      expect(await portfolio()).not.toContain(id)
      await setStatus(id, { status: 'in_plan' })
      expect(await portfolio()).toContain(id)
      expect((await planMeasure(id))?.cost.capexEur).toBe(2_000_000)
    })

    it('drops a candidate merged away and keeps its survivor', async () => {
      const here = await anna.propose('Solar roofs on schools')
      const there = await cai.propose('Solar panels on school roofs')
      const survivor = await bringIn(evening, here)
      const merged = await bringIn(breakfast, there)
      await setStatus(survivor, { status: 'in_plan' })
      await setStatus(merged, { status: 'in_plan' })
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
      expect(await portfolio()).toContain(survivor)
      expect(await portfolio()).not.toContain(merged)
      expect((await planMeasure(merged))?.status).toBe('withdrawn')
    })

    it('commits the plan’s measure when its organisation signs in a workshop', async () => {
      const measureId = await anna.propose('Heat pumps in every school')
      const id = await bringIn(evening, measureId)
      await setStatus(id, { status: 'prioritised' })
      expect(await planMeasure(id)).toBeNull()
      await workshopDocs(server, evening.workshop.id).doc('ledger', (doc) =>
        recordCommitment(doc, {
          id: `c-${measureId}`,
          actorId: 'actor-1',
          measureId,
          text: 'We install them from 2027.',
          target: { value: 12, unit: 'schools', year: 2027 },
          signedBy: 'p-signatory',
          signedAt: new Date().toISOString(),
          withdrawn: null,
          measureStatusBefore: 'prioritised',
        }),
      )
      await commitMeasureFromLedger(server.context, evening.workshop.id, measureId)
      expect((await planMeasure(id))?.status).toBe('committed')
      expect(await portfolio()).toContain(id)
    })

    it('ends in step with the list however many planners change it at once', async () => {
      await openPlan()
      const ids: string[] = []
      for (const title of ['Car-free Sundays', 'Tree planting', 'Night buses']) {
        ids.push(await bringIn(evening, await anna.propose(title)))
      }
      const statuses = ['in_plan', 'discussed', 'in_plan', 'prioritised', 'in_plan', 'discussed']
      await Promise.all(
        statuses.flatMap((status, i) =>
          ids.map((id, j) =>
            setStatusOf(server, malmo, id, { status: statuses[(i + j) % 6] ?? status }),
          ),
        ),
      )
      const list = (await asStaff(server, malmo, 'GET', '/api/workspace/candidates')).json<{
        candidates: Candidate[]
      }>().candidates
      const planned = await portfolio()
      for (const id of ids) {
        const status = list.find((c) => c.id === id)?.state.status
        expect(planned.includes(id), `${id} ${status}`).toBe(status === 'in_plan')
        if (status !== 'in_plan') expect((await planMeasure(id))?.status ?? status).toBe(status)
      }
    })

    it('brings in what was put in the plan before the plan was first opened', async () => {
      const other = await setUpWorkspace(server, 'admin@espoo.fi', 'Espoo')
      const workshop = await workspaceWorkshop(server, other.cookie, 'Iltatyöpaja')
      const someone = await proposer(server, workshop, 'Eino')
      const measureId = await someone.propose('District heating from waste heat')
      const id = await bringInto(server, other.cookie, workshop, measureId)
      expect((await setStatusOf(server, other.cookie, id, { status: 'in_plan' })).statusCode).toBe(
        200,
      )
      const opened = await openPlan(other.cookie)
      const titles = await workshopDocs(server, opened.workshop.id).doc('board', (doc) =>
        listMeasures(doc).map((m) => m.title),
      )
      expect(titles).toEqual(['District heating from waste heat'])
    })

    it('takes a measure adapted from another city’s library with its figures and credit', async () => {
      const { workshop } = await openPlan()
      const imported = await asStaff(
        server,
        malmo,
        'POST',
        '/api/workspace/libraries',
        makeLibraryFile(),
      )
      expect(imported.statusCode, imported.body).toBe(201)
      const { library, candidates } = imported.json<ImportLibraryResponse>()
      const [adapted] = candidates
      if (!adapted) throw new Error('no candidate')
      await setStatus(adapted.id, { status: 'in_plan' })
      const fields = (
        await server.context.store.libraries.listLibraryMeasures(
          'ws-admin@malmo.se',
          library.id,
          {},
        )
      ).find((m) => m.candidateId === adapted.id)?.fields
      const measure = await planMeasure(adapted.id)
      expect(measure?.title).toBe(adapted.title)
      expect(fields?.cost.capexEur).toBeGreaterThan(0)
      expect(measure?.cost.capexEur).toBe(fields?.cost.capexEur)
      expect(measure?.description).toContain('Helsingborgs stad')
      expect(await portfolio()).toContain(adapted.id)
      // [W19] nothing is copied into the plan's room but what the list puts there
      const [first] = (
        await asStaff(server, malmo, 'GET', `/api/workspace/libraries/${library.id}/measures`)
      ).json<LibraryMeasuresResponse>().measures
      const copy = await asStaff(
        server,
        malmo,
        'POST',
        `/api/workspace/libraries/${library.id}/measures/${first?.id}/copy`,
        { workshopId: workshop.id },
      )
      expect(copy.statusCode).toBe(404)
    })

    it('[G1] loses a measure whose only workshop is deleted, words and all', async () => {
      const doomed = await workspaceWorkshop(server, malmo, 'Doomed evening')
      const someone = await proposer(server, doomed, 'Dora')
      const measureId = await someone.propose('Quiet streets around schools')
      const id = await bringIn(doomed, measureId)
      await setStatus(id, { status: 'in_plan' })
      expect(await portfolio()).toContain(id)
      const deleted = await workshopDocs(server, doomed.workshop.id).api(
        'DELETE',
        '',
        doomed.facilitatorToken,
      )
      expect(deleted.statusCode, deleted.body).toBe(200)
      expect(await planMeasure(id)).toBeNull()
      expect(await portfolio()).not.toContain(id)
      const stored = await server.storedDoc(planRoomId('ws-admin@malmo.se'), 'board')
      expect(Buffer.from(Y.encodeStateAsUpdate(stored)).toString('utf8')).not.toContain(
        'Quiet streets around schools',
      )
    })
  })

  describe('[W27] its exports carry the workshops’ commitments and dots', () => {
    it('signs in a workshop, and the plan’s Markdown names the organisation under the plan’s measure', async () => {
      await openPlan()
      const erik = await server.join(evening.joinCode, {
        displayName: 'Erik',
        role: 'company',
        actor: { name: 'Umeå Energi', kind: 'utility' },
      })
      const measureId = await workshopDocs(server, evening.workshop.id).addCard(
        erik.participant.id,
        'Waste heat into the district grid',
        erik.participant.actorId,
      )
      await server.context.store.putVotes(evening.workshop.id, [
        { participantId: 'voter-1', measureId, count: 3 },
      ])
      const id = await bringIn(evening, measureId)
      await setStatus(id, { status: 'in_plan' })
      const signed = await workshopDocs(server, evening.workshop.id).api(
        'POST',
        '/commitments',
        erik.token,
        {
          actorId: erik.participant.actorId,
          measureId,
          text: 'We deliver 40 GWh of waste heat a year.',
          target: { value: 40, unit: 'GWh/yr', year: 2030 },
        },
      )
      expect(signed.statusCode, signed.body).toBe(201)
      expect((await planMeasure(id))?.status).toBe('committed')

      const { token, workshop } = await openPlan()
      const markdown = await server.app.inject({
        method: 'GET',
        url: `/api/workshops/${workshop.id}/export?format=md&lang=en`,
        headers: { authorization: `Bearer ${token}` },
      })
      expect(markdown.statusCode).toBe(200)
      const text = markdown.body
      expect(text).toContain('Umeå Energi')
      expect(text).toContain('We deliver 40 GWh of waste heat a year.')
      // [G4] by default organisations are named, persons not.
      expect(text).not.toContain('Erik')
      expect(text).not.toContain('Anna Lindqvist')
      // The plan's register on its own carries it too.
      const register = await server.app.inject({
        method: 'GET',
        url: `/api/workshops/${workshop.id}/commitments/export?format=csv&lang=en`,
        headers: { authorization: `Bearer ${token}` },
      })
      expect(register.statusCode).toBe(200)
      expect(register.body).toContain('We deliver 40 GWh of waste heat a year.')
      expect(register.body).toContain('Waste heat into the district grid')
    })
  })
})
