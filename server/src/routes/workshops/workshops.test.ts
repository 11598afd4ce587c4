import { type CreateWorkshopResponse, getAgendaState, listParticipants } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('POST /api/workshops and GET /api/workshops/:id', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const create = (payload: unknown) =>
    server.app.inject({ method: 'POST', url: '/api/workshops', payload: payload as object })

  it('creates a bilingual workshop: the first language seeds the agenda and the plan', async () => {
    const response = await create({
      title: 'Ilmastoilta',
      city: 'Espoo',
      language: 'fi',
      settings: { secondLanguage: 'sv' },
    })
    expect(response.statusCode).toBe(201)
    const { workshop, participant } = response.json<CreateWorkshopResponse>()
    expect(workshop).toMatchObject({ language: 'fi', settings: { secondLanguage: 'sv' } })
    expect(participant.displayName).toBe('Fasilitaattori')
    const phases = await server.context.registry.write(
      { workshopId: workshop.id, doc: 'control' },
      (doc) => getAgendaState(doc).phases.map((p) => p.title),
    )
    expect(phases).toEqual(['Tervetuloa', 'Ehdotukset', 'Keskustelu', 'Äänestys', 'Tulokset'])
    const stored = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${response.json().facilitatorToken}` },
    })
    expect(stored.json().workshop.settings.secondLanguage).toBe('sv')
  })

  it('refuses a second language that is the first', async () => {
    const response = await create({
      title: 'Soirée climat',
      city: 'Lyon',
      language: 'fr',
      settings: { secondLanguage: 'fr' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('creates a workshop with a join code and a facilitator registered in the ledger, named in its language', async () => {
    const response = await create({ title: 'Climate evening', city: 'Umeå', language: 'sv' })
    expect(response.statusCode).toBe(201)
    const body = response.json<CreateWorkshopResponse>()
    expect(body.workshop).toMatchObject({ title: 'Climate evening', city: 'Umeå', language: 'sv' })
    expect(body.workshop.settings.voteBudgetPerParticipant).toBe(5)
    expect(body.joinCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/)
    expect(body.participant).toMatchObject({ role: 'facilitator', displayName: 'Processledare' })
    const verified = await server.context.tokens.verify(body.facilitatorToken)
    expect(verified).toEqual({
      ok: true,
      claims: {
        workshopId: body.workshop.id,
        participantId: body.participant.id,
        role: 'facilitator',
        actorId: null,
      },
      expiresAtMs: expect.any(Number),
    })
    const ledger = await server.context.registry.write(
      { workshopId: body.workshop.id, doc: 'ledger' },
      (doc) => listParticipants(doc),
    )
    expect(ledger).toEqual([body.participant])
  })

  it('answers 400 VALIDATION_FAILED with the failing fields', async () => {
    const response = await create({ title: 'x', city: '' })
    expect(response.statusCode).toBe(400)
    const { error } = response.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['city', 'title'])
  })

  it('answers 400 for a body that is not JSON', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workshops',
      headers: { 'content-type': 'application/json' },
      payload: '{nope',
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('answers 413 for a body over the API limit', async () => {
    const response = await create({ title: 'Climate evening', city: 'x'.repeat(100_000) })
    expect(response.statusCode).toBe(413)
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('shows a workshop and its code to a token of that workshop', async () => {
    const { workshop, joinCode, facilitatorToken } = await server.createWorkshop()
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ workshop, joinCode })
  })

  it('answers 401 without a token or with a bad or expired one', async () => {
    const { workshop } = await server.createWorkshop()
    const get = (authorization?: string) =>
      server.app.inject({
        method: 'GET',
        url: `/api/workshops/${workshop.id}`,
        headers: authorization ? { authorization } : {},
      })
    const expired = await server.context.tokens.sign(
      { workshopId: workshop.id, participantId: 'p', role: 'participant', actorId: null },
      -1,
    )
    for (const authorization of [undefined, 'Bearer nonsense', `Bearer ${expired}`]) {
      const response = await get(authorization)
      expect(response.statusCode).toBe(401)
      expect(response.json().error.code).toBe('UNAUTHORIZED')
    }
  })

  it('answers 403 to a token of another workshop', async () => {
    const first = await server.createWorkshop()
    const second = await server.createWorkshop()
    const response = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${second.workshop.id}`,
      headers: { authorization: `Bearer ${first.facilitatorToken}` },
    })
    expect(response.statusCode).toBe(403)
    expect(response.json().error.code).toBe('FORBIDDEN')
  })

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/nothing-here' })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('NOT_FOUND')
  })
})
