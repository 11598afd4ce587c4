import {
  addComment,
  addToPortfolio,
  type CreateWorkshopResponse,
  emptyBaseline,
  type JoinResponse,
  listParticipants,
  type PublicationResponse,
  type PublicPlan,
  setMeasureStatus,
  setPlanFigures,
} from '@pactboard/shared'
import { replacePlanDocument } from '@pactboard/shared/editor'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { type WorkshopDocs, workshopDocs } from '../../../test/helpers/workshopDocs.ts'

/** [P28] [G7] The plan's public page: who publishes it, what it holds, and what it never does. */

const ALL_PARTS = ['text', 'pathway', 'measures', 'investment', 'commitments']

describe('the public page of the plan', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  let docs: WorkshopDocs
  let zofia: JoinResponse
  let erik: JoinResponse
  let other: CreateWorkshopResponse

  beforeAll(async () => {
    server = await startServer()
    created = await server.createWorkshop({ facilitatorName: 'Fredrika Facilitatorsson' })
    other = await server.createWorkshop({ title: 'Another evening' })
    docs = workshopDocs(server, created.workshop.id)
    zofia = await server.join(created.joinCode, { displayName: 'Zofia Wąsowska' })
    erik = await server.join(created.joinCode, {
      displayName: 'Erik Eksson',
      role: 'company',
      actor: {
        name: 'Umeå Energi',
        kind: 'utility',
        responsiblePerson: 'Ingegerd Lövgren',
        position: 'Chief executive',
      },
    })
    const solar = await docs.addCard(zofia.participant.id, 'Solar roofs on every school')
    const heat = await docs.addCard(erik.participant.id, 'Waste heat', erik.participant.actorId)
    await docs.doc('board', (board) => {
      addComment(board, {
        measureId: solar,
        authorParticipantId: zofia.participant.id,
        text: 'Ask the caretakers first, they know the roofs',
      })
      for (const id of [solar, heat]) setMeasureStatus(board, id, 'in_plan')
    })
    await docs.doc('plan', (plan) => {
      for (const id of [solar, heat]) addToPortfolio(plan, id)
      const baseline = emptyBaseline(2019)
      baseline.emissionsBySector.transport.scope1TCO2ePerYear = 10_000
      setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } })
      replacePlanDocument(plan, {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'A-2' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'The climate programme 2021.' }] },
        ],
      })
    })
    const signed = await docs.api('POST', '/commitments', erik.token, {
      actorId: erik.participant.actorId,
      measureId: heat,
      text: 'We deliver our waste heat to the grid.',
      target: { value: 30, unit: 'GWh/yr', year: 2029 },
    })
    expect(signed.statusCode).toBe(201)
  })
  afterAll(() => server.close())

  const settings = (token: string, workshopId = created.workshop.id) =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshopId}/publication`,
      headers: { authorization: `Bearer ${token}` },
    })
  const publish = (token: string, body: object, workshopId = created.workshop.id) =>
    server.app.inject({
      method: 'PUT',
      url: `/api/workshops/${workshopId}/publication`,
      headers: { authorization: `Bearer ${token}` },
      payload: body,
    })
  const read = (path: string, headers: Record<string, string> = {}) =>
    server.app.inject({
      method: 'GET',
      url: `/api/public/plans/${path.replace(/^\/p\//, '')}`,
      headers,
    })
  const publishAs = async (parts: string[], published = true) => {
    const response = await publish(created.facilitatorToken, { published, parts })
    expect(response.statusCode).toBe(200)
    return response.json<PublicationResponse>()
  }

  it('[P28] lets a facilitator and a planner publish, and refuses a participant, a company and an observer', async () => {
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    for (const token of [zofia.token, erik.token, observer]) {
      const refused = await publish(token, { published: true, parts: ['text'] })
      expect(refused.statusCode).toBe(403)
      expect(refused.json().error.code).toBe('FORBIDDEN')
      expect((await settings(token)).statusCode).toBe(403)
    }
    expect((await settings(created.facilitatorToken)).json<PublicationResponse>().published).toBe(
      false,
    )
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    const published = await publish(planner, { published: true, parts: ['text'] })
    expect(published.statusCode).toBe(200)
    expect(published.json<PublicationResponse>()).toMatchObject({
      published: true,
      parts: ['text'],
    })
    expect((await publishAs(ALL_PARTS, false)).published).toBe(false)
  })

  it('[P28] shows no stranger the settings of another workshop, nor lets them change those', async () => {
    await publishAs(['text'])
    const hostile = await server.join(other.joinCode, { displayName: 'Mallory' })
    const stranger = [hostile.token, other.facilitatorToken]
    for (const token of stranger) {
      const seen = await settings(token)
      expect(seen.statusCode).toBe(403)
      expect(seen.body).not.toContain('/p/')
      expect((await publish(token, { published: false, parts: [] })).statusCode).toBe(403)
    }
    const anonymous = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/publication`,
    })
    expect(anonymous.statusCode).toBe(401)
    expect((await settings(created.facilitatorToken)).json<PublicationResponse>().published).toBe(
      true,
    )
  })

  it('[G7] names nobody: no participant’s or signatory’s name, no person’s id, no token, no comment', async () => {
    const { path } = await publishAs(ALL_PARTS)
    const response = await read(path ?? '')
    expect(response.statusCode).toBe(200)
    const body = response.body
    // what the page is for is there, so the absences below mean something
    for (const shown of ['Umeå Energi', 'We deliver our waste heat', 'Solar roofs', '2021']) {
      expect(body).toContain(shown)
    }
    const ledger = await docs.doc('ledger', listParticipants)
    const personal = [
      'Fredrika Facilitatorsson',
      'Zofia Wąsowska',
      'Erik Eksson',
      'Ingegerd Lövgren',
      'Chief executive',
      'Ask the caretakers',
      ...ledger.map((p) => p.id),
      ...ledger.map((p) => p.displayName),
      created.facilitatorToken,
      zofia.token,
      erik.token,
      '@',
    ]
    for (const text of personal) expect(body, text).not.toContain(text)
    const page = response.json<PublicPlan>()
    expect(page.parts).toEqual(ALL_PARTS)
    expect(page.commitments?.map((c) => [c.organisation, c.measure])).toEqual([
      ['Umeå Energi', 'Waste heat'],
    ])
  })

  it('[P28] holds only the parts the planners chose, and answers anyone without a token', async () => {
    const { path } = await publishAs(['pathway', 'commitments'])
    const page = (await read(path ?? '')).json<PublicPlan>()
    expect(page).toMatchObject({
      title: 'Climate evening',
      city: 'Umeå',
      languages: ['en'],
      parts: ['pathway', 'commitments'],
      text: null,
      measures: null,
      investment: null,
    })
    expect(page.pathway?.targetYear).toBe(2030)
    expect(page.commitments).toHaveLength(1)
  })

  it('is cacheable for a minute, and answers 304 to a reader whose copy is current', async () => {
    const { path } = await publishAs(['text'])
    const first = await read(path ?? '')
    expect(first.headers['cache-control']).toBe('public, max-age=60')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^"[\w-]+"$/)
    const again = await read(path ?? '', { 'if-none-match': etag })
    expect(again.statusCode).toBe(304)
    expect(again.body).toBe('')
  })

  it('[P28] keeps the link while the parts change; unpublished it answers 404, and publishing again makes another', async () => {
    const first = await publishAs(['text'])
    const changed = await publishAs(['measures'])
    expect(changed.path).toBe(first.path)
    expect(first.path).toMatch(/^\/p\/[\w-]{22}$/)
    expect((await publishAs(['measures'], false)).path).toBeNull()
    const gone = await read(first.path ?? '')
    expect(gone.statusCode).toBe(404)
    expect(gone.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'No plan is published at this link' },
    })
    const again = await publishAs(['measures'])
    expect(again.path).not.toBe(first.path)
    expect((await read(again.path ?? '')).statusCode).toBe(200)
    expect((await read(first.path ?? '')).statusCode).toBe(404)
  })

  it('answers 404 for a link never made, one of another shape, and a deleted workshop’s', async () => {
    for (const slug of ['AAAAAAAAAAAAAAAAAAAAAA', 'short', '..%2F..%2Fapi']) {
      const response = await read(slug)
      expect(response.statusCode, slug).toBe(404)
      expect(response.json().error.code).toBe('NOT_FOUND')
    }
    const doomed = await server.createWorkshop({ title: 'Doomed evening' })
    const published = await publish(
      doomed.facilitatorToken,
      { published: true, parts: ['text'] },
      doomed.workshop.id,
    )
    const { path } = published.json<PublicationResponse>()
    expect((await read(path ?? '')).statusCode).toBe(200)
    const deleted = await server.app.inject({
      method: 'DELETE',
      url: `/api/workshops/${doomed.workshop.id}`,
      headers: { authorization: `Bearer ${doomed.facilitatorToken}` },
    })
    expect(deleted.statusCode).toBe(200)
    expect((await read(path ?? '')).statusCode).toBe(404)
  })

  it('refuses to publish a page that shows nothing, or parts that do not exist', async () => {
    for (const body of [
      { published: true, parts: [] },
      { published: true, parts: ['votes'] },
      { published: 'yes', parts: ['text'] },
    ]) {
      const response = await publish(created.facilitatorToken, body)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('VALIDATION_FAILED')
    }
  })
})

describe('the public page’s rate limit', () => {
  it('refuses an address past RATE_LIMIT_PUBLIC_PLAN_PER_MINUTE, like the other open routes', async () => {
    const server = await startServer({ RATE_LIMIT_PUBLIC_PLAN_PER_MINUTE: '2' })
    try {
      const statuses = []
      for (let i = 0; i < 3; i++) {
        const response = await server.app.inject({
          method: 'GET',
          url: '/api/public/plans/AAAAAAAAAAAAAAAAAAAAAA',
        })
        statuses.push(response.statusCode)
        if (response.statusCode === 429) expect(response.json().error.code).toBe('RATE_LIMITED')
      }
      expect(statuses).toEqual([404, 404, 429])
    } finally {
      await server.close()
    }
  })
})

describe('reading the public page', () => {
  it('[G3] is no activity: a published workshop nobody works in still comes due for retention', async () => {
    let nowMs = Date.now()
    const server = await startServer({}, { now: () => new Date(nowMs) })
    try {
      const created = await server.createWorkshop()
      const published = await server.app.inject({
        method: 'PUT',
        url: `/api/workshops/${created.workshop.id}/publication`,
        headers: { authorization: `Bearer ${created.facilitatorToken}` },
        payload: { published: true, parts: ['text'] },
      })
      const { path } = published.json<PublicationResponse>()
      nowMs += 40 * 24 * 3600 * 1000
      for (let i = 0; i < 3; i++) {
        const read = await server.app.inject({
          method: 'GET',
          url: `/api/public/plans/${path?.slice('/p/'.length)}`,
        })
        expect(read.statusCode).toBe(200)
      }
      const before = new Date(nowMs - 30 * 24 * 3600 * 1000).toISOString()
      expect(await server.context.store.listInactiveWorkshops(before, 10)).toEqual([
        created.workshop.id,
      ])
    } finally {
      await server.close()
    }
  })
})
