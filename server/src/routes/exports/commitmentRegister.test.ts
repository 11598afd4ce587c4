import {
  addActor,
  type CreateWorkshopResponse,
  type DocName,
  recordCommitment,
} from '@pactboard/shared'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makePlanDocs } from '../../../test/helpers/planFixture.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('GET /api/workshops/:id/commitments/export: the register on its own', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  beforeAll(async () => {
    server = await startServer()
    created = await server.createWorkshop({ city: 'Umeå', language: 'sv' })
    const docs = makePlanDocs()
    const bikes = addActor(docs.board, {
      name: 'Cykelbud AB',
      kind: 'sme',
      orgNumber: '559123-4567',
      responsiblePerson: 'Sara Svensson',
      position: 'VD',
    })
    recordCommitment(docs.ledger, {
      id: 'c-bikes',
      actorId: bikes.id,
      measureId: null,
      text: '=HYPERLINK("http://evil.example","40 lastcyklar")',
      target: {
        value: 40.5,
        unit: 'lastcyklar',
        year: 2028,
        tCO2eEquivalent: { tCO2ePerYear: 62.5, method: '9 000 km/år i stället för skåpbilar' },
      },
      signedBy: 'p-anna',
      signedAt: '2026-03-05T09:00:00.000Z',
      withdrawn: { by: 'p-anna', at: '2026-03-06T09:00:00.000Z' },
    })
    for (const name of ['board', 'plan', 'ledger'] as const satisfies DocName[]) {
      const update = Y.encodeStateAsUpdate(docs[name])
      await server.context.registry.write({ workshopId: created.workshop.id, doc: name }, (doc) =>
        Y.applyUpdate(doc, update),
      )
    }
  })
  afterAll(() => server.close())

  const register = (format: string, token: string | null, query = '') =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/commitments/export?format=${format}${query}`,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })

  it('gives every signature, withdrawn ones dated, as CSV in the workshop’s locale', async () => {
    const response = await register('csv', created.facilitatorToken)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toMatch(
      /filename="umea-ataganderegister-\d{4}-\d{2}-\d{2}\.csv"/,
    )
    const rows: string[][] = parse(response.body.replace(/^\uFEFF/, ''), { delimiter: ';' })
    expect(rows[0]).toEqual([
      'Organisation',
      'Organisationsnummer',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      'Åtagande',
      expect.any(String),
      'Mål',
      'Enhet',
      'Senast år',
      'Motsvarar (ton CO2e/år)',
      'Hur motsvarigheten räknats fram',
      'Undertecknat',
      'Återkallat',
    ])
    const bikes = rows.find((r) => r[0] === 'Cykelbud AB')!
    expect(bikes.slice(1, 5)).toEqual(['559123-4567', expect.any(String), 'Sara Svensson', 'VD'])
    // a formula is text in a spreadsheet; the Swedish decimal comma
    expect(bikes[5]!.startsWith("'=")).toBe(true)
    expect(bikes[7]).toBe('40,5')
    expect(bikes[10]).toBe('62,5')
    expect(bikes[13]).not.toBe('')
    expect(rows.some((r) => r[0] === 'Umeå Energi')).toBe(true)
  })

  it('gives an XLSX whose figures are numbers, in any language asked for', async () => {
    const response = await register('xlsx', created.facilitatorToken, '&lang=en')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-disposition']).toMatch(/umea-commitments-register-/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer)
    const sheet = workbook.getWorksheet('Commitments')!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toContain('Equivalent (tCO2e/yr)')
    let found = false
    sheet.eachRow((row) => {
      if (row.getCell(1).value !== 'Cykelbud AB') return
      found = true
      expect(row.getCell(8).value).toBe(40.5)
      expect(row.getCell(10).value).toBe(2028)
      expect(row.getCell(11).value).toBe(62.5)
      expect(row.getCell(13).value).toBeInstanceOf(Date)
    })
    expect(found).toBe(true)
  })

  it('[G4] names no signatory when anonymised', async () => {
    const response = await register('csv', created.facilitatorToken, '&privacy=anonymised')
    expect(response.body).not.toContain('Sara Svensson')
    expect(response.body).toContain('Cykelbud AB')
  })

  it('[P7] refuses participants and strangers, and formats it does not make', async () => {
    const participant = (await server.join(created.joinCode)).token
    expect((await register('csv', participant)).statusCode).toBe(403)
    expect((await register('csv', null)).statusCode).toBe(401)
    expect((await register('docx', created.facilitatorToken)).statusCode).toBe(400)
  })
})
