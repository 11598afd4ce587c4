import { type CreateWorkshopResponse, type DocName, listParticipants } from '@pactboard/shared'
import type { PlanExport } from '@pactboard/shared/plan'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makePlanDocs } from '../../../test/helpers/planFixture.ts'
import { readDocx } from '../../../test/helpers/readExports.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('GET /api/workshops/:id/export and POST /api/workshops/import', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    created = await server.createWorkshop()
    // the fixture's plan, written into the live rooms as the server writes any doc
    const docs = makePlanDocs()
    for (const name of ['board', 'plan', 'ledger'] as const satisfies DocName[]) {
      const update = Y.encodeStateAsUpdate(docs[name])
      await server.context.registry.write({ workshopId: created.workshop.id, doc: name }, (doc) =>
        Y.applyUpdate(doc, update),
      )
    }
    // the dots as the vote routes leave them: in the store, in no doc
    await server.context.store.putVotes(created.workshop.id, docs.votes)
  })
  afterAll(() => server.close())

  const exportAs = (
    format: string,
    token: string | null,
    workshopId = created.workshop.id,
    query = '',
  ) =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshopId}/export?format=${format}${query}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })

  it('[P7] gives a facilitator every format with its type and file name', async () => {
    const types: Record<string, string> = {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      pdf: 'application/pdf',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv; charset=utf-8',
      md: 'text/markdown; charset=utf-8',
      json: 'application/json; charset=utf-8',
    }
    const date = new Date().toISOString().slice(0, 10)
    for (const [format, type] of Object.entries(types)) {
      const response = await exportAs(format, created.facilitatorToken)
      expect(response.statusCode, format).toBe(200)
      expect(response.headers['content-type']).toBe(type)
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="umea-climate-plan-${date}.${format}"; filename*=UTF-8''umea-climate-plan-${date}.${format}`,
      )
    }
  })

  it('exports in another language than the workshop’s when asked, file name included', async () => {
    const date = new Date().toISOString().slice(0, 10)
    const french = await exportAs('docx', created.facilitatorToken, created.workshop.id, '&lang=fr')
    expect(french.statusCode).toBe(200)
    expect(french.headers['content-disposition']).toContain(`umea-plan-climat-${date}.docx`)
    const { text } = await readDocx(french.rawPayload)
    expect(text).toContain('Contrat de ville climatique')
    const finnish = await exportAs('csv', created.facilitatorToken, created.workshop.id, '&lang=fi')
    expect(finnish.headers['content-disposition']).toContain(`umea-ilmastosuunnitelma-${date}.csv`)
    expect(finnish.body.split('\r\n')[0]).toContain('Tunniste;Toimenpide;')
    const unknown = await exportAs('pdf', created.facilitatorToken, created.workshop.id, '&lang=de')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('[P7] reads the live docs: the DOCX holds the measures written into the rooms', async () => {
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    const response = await exportAs('docx', planner)
    expect(response.statusCode).toBe(200)
    const { text } = await readDocx(response.rawPayload)
    expect(text).toContain('Solar roofs on every school')
    expect(text).toContain('A-1 Emission baseline inventory')
  })

  it('[P7] refuses participants, company representatives and observers (403), and no token (401)', async () => {
    const joined = await server.join(created.joinCode)
    expect((await exportAs('pdf', joined.token)).statusCode).toBe(403)
    for (const role of ['observer', 'company'] as const) {
      const token = await server.tokenFor(created.workshop.id, role)
      const response = await exportAs('csv', token)
      expect(response.statusCode, role).toBe(403)
      expect(response.json().error.code).toBe('FORBIDDEN')
    }
    expect((await exportAs('csv', null)).statusCode).toBe(401)
    const other = await server.createWorkshop()
    expect((await exportAs('csv', other.facilitatorToken)).statusCode).toBe(403)
  })

  it('shows the votes each measure received, read from the store (no doc holds them)', async () => {
    const csv = (await exportAs('csv', created.facilitatorToken)).body
    const records: Record<string, string>[] = parse(csv, { bom: true, columns: true })
    expect(records.map((r) => [r.Measure, r.Votes])).toEqual(
      expect.arrayContaining([
        ['Solar roofs on every school', '3'],
        ['Car-free Sundays', '3'],
      ]),
    )
    const json = (await exportAs('json', created.facilitatorToken)).json<PlanExport>()
    expect(json.votes).toEqual(await server.context.store.listVotes(created.workshop.id))
    const ledger = await server.storedDoc(created.workshop.id, 'ledger')
    expect(ledger.getMap('votes').size).toBe(0)
  })

  it('answers 400 for an unknown format', async () => {
    const response = await exportAs('odt', created.facilitatorToken)
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('VALIDATION_FAILED')
    expect((await exportAs('', created.facilitatorToken)).statusCode).toBe(400)
  })

  it('round-trips: export JSON → import → export JSON is the same workshop under new ids', async () => {
    const first = (await exportAs('json', created.facilitatorToken)).json<PlanExport>()
    const imported = await server.app.inject({
      method: 'POST',
      url: '/api/workshops/import',
      payload: first,
    })
    expect(imported.statusCode).toBe(201)
    const body = imported.json<CreateWorkshopResponse>()
    expect(body.workshop.id).not.toBe(created.workshop.id)
    expect(body.joinCode).not.toBe(created.joinCode)
    expect(body.participant.role).toBe('facilitator')

    const second = (
      await exportAs('json', body.facilitatorToken, body.workshop.id)
    ).json<PlanExport>()
    expect(second.workshop.id).toBe(body.workshop.id)
    expect(second.workshop.createdAt).not.toBe(first.workshop.createdAt)
    // the importer joins the registry as the new workshop's facilitator, last, so named by the
    // next number ([G4]); nobody else changes
    const importer = {
      ...body.participant,
      displayName: `Participant ${first.participants.length + 1}`,
    }
    expect(second.participants).toEqual(expect.arrayContaining([...first.participants, importer]))
    expect(second.participants).toHaveLength(first.participants.length + 1)
    const comparable = (e: PlanExport) => ({
      ...e,
      exportedAt: null,
      workshop: { ...e.workshop, id: null, createdAt: null },
      participants: null,
    })
    expect(comparable(second)).toEqual(comparable(first))
    expect(second.measures.length).toBe(3)
    expect(second.votes.length).toBe(3)
    expect(second.discussion.comments.map((c) => c.text)).toEqual([
      'We can start with the two largest schools.',
    ])
    expect(second.discussion.reactions).toHaveLength(1)
  })

  it('[G4] names organisations but not private persons by default; anonymised, no person at all', async () => {
    const json = (await exportAs('json', created.facilitatorToken)).json<PlanExport>()
    expect(json.participants.map((p) => p.displayName)).toEqual(
      json.participants.map((_, i) => `Participant ${i + 1}`),
    )
    const md = (await exportAs('md', created.facilitatorToken)).body
    expect(md).not.toContain('Anna')
    expect(md).toContain('Umeå Energi')
    expect(md).toContain('Eva Ek')
    const anonymised = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/export?format=md&privacy=anonymised`,
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    })
    expect(anonymised.statusCode).toBe(200)
    expect(anonymised.body).toContain('Umeå Energi')
    expect(anonymised.body).not.toContain('Eva Ek')
    expect(anonymised.body).not.toContain('Anna')
    const bad = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/export?format=md&privacy=everything`,
      headers: { authorization: `Bearer ${created.facilitatorToken}` },
    })
    expect(bad.statusCode).toBe(400)
    // The live docs are untouched: the room still knows people by their names.
    const ledger = await server.storedDoc(created.workshop.id, 'ledger')
    expect(listParticipants(ledger).map((p) => p.displayName)).toContain('Anna')
  })

  it('answers 400 with the issues for a file that is not a Pactboard export', async () => {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workshops/import',
      payload: { schemaVersion: 2, workshop: {} },
    })
    expect(response.statusCode).toBe(400)
    const { error } = response.json()
    expect(error.code).toBe('VALIDATION_FAILED')
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(
      expect.arrayContaining(['schemaVersion', 'workshop.id']),
    )
  })

  it('answers 400 for a plan document outside the plan schema', async () => {
    const first = (await exportAs('json', created.facilitatorToken)).json<PlanExport>()
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workshops/import',
      payload: { ...first, document: { type: 'doc', content: [{ type: 'marquee' }] } },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.issues[0].path).toBe('document')
  })

  it('takes an import above the usual API body limit', async () => {
    const first = (await exportAs('json', created.facilitatorToken)).json<PlanExport>()
    const measure = first.measures[0]!
    const many = Array.from({ length: 400 }, (_, i) => ({
      ...measure,
      id: `m-${i}`,
      description: 'x'.repeat(4000),
    }))
    const payload = JSON.stringify({ ...first, measures: many })
    expect(payload.length).toBeGreaterThan(server.context.config.maxApiBodyBytes)
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workshops/import',
      headers: { 'content-type': 'application/json' },
      payload,
    })
    expect(response.statusCode).toBe(201)
  })
})
