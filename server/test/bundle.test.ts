import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { CreateWorkshopResponse } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  SERVER_MAIN,
  type ServerProcess,
  startServerProcess,
} from '../src/testing/serverProcess.ts'

/**
 * The built server (dist/main.js, what `npm start` and the image run) starts without the office
 * export libraries: they load with their chunks on the first export that needs them
 * (src/export/render.ts), and that first export works from the bundle. PostgreSQL's and Redis's
 * clients load only when configured (the scale-out suites start the bundle with both).
 */

const OFFICE_LIBRARIES = ['echarts', 'exceljs', 'docx', 'pdfmake', '@resvg/resvg-js']
/** Loaded only with DATABASE_URL or REDIS_URL set (app.ts). */
const SCALE_OUT_CLIENTS = ['pg', 'ioredis']

/** The packages a bundle file loads when it is loaded: static imports and top-level requires. */
function packagesLoadedBy(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  // an import's names may span lines; what is between `import` and `from` never holds a `;`
  const imports = [...code.matchAll(/^import [^;]*? from "([^".][^"]*)";$/gm)].map((m) => m[1]!)
  const requires = [...code.matchAll(/createRequire\d*\(import\.meta\.url\)\("([^"]+)"\)/g)]
  return [...imports, ...requires.map((m) => m[1]!)]
}

describe('the built server', () => {
  it('loads none of the office export libraries, nor PostgreSQL’s or Redis’s client, at start; its chunks load them', () => {
    const atStart = packagesLoadedBy(SERVER_MAIN)
    expect(atStart).toContain('yjs')
    const onDemand = [...OFFICE_LIBRARIES, ...SCALE_OUT_CLIENTS]
    for (const library of onDemand) expect(atStart).not.toContain(library)
    const chunks = join(dirname(SERVER_MAIN), 'chunks')
    const inChunks = readdirSync(chunks)
      .filter((name) => name.endsWith('.js'))
      .flatMap((name) => packagesLoadedBy(join(chunks, name)))
    for (const library of onDemand) expect(inChunks).toContain(library)
  })

  describe('exports from the bundle', () => {
    let server: ServerProcess
    let workshop: CreateWorkshopResponse
    beforeAll(async () => {
      server = await startServerProcess({ tempPrefix: 'pactboard-bundle-' })
      const created = await fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Climate evening', city: 'Lund' }),
      })
      workshop = (await created.json()) as CreateWorkshopResponse
    }, 30_000)
    afterAll(() => server?.stop())

    const download = async (path: string) => {
      const response = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${workshop.facilitatorToken}` },
      })
      expect(response.status).toBe(200)
      return Buffer.from(await response.arrayBuffer())
    }

    it('makes a PDF, a Word file and spreadsheets on their first request', async () => {
      const id = workshop.workshop.id
      const pdf = await download(`/api/workshops/${id}/export?format=pdf`)
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      // DOCX and XLSX are zip files
      const docx = await download(`/api/workshops/${id}/export?format=docx`)
      expect(docx.subarray(0, 2).toString()).toBe('PK')
      const xlsx = await download(`/api/workshops/${id}/export?format=xlsx`)
      expect(xlsx.subarray(0, 2).toString()).toBe('PK')
      const register = await download(`/api/workshops/${id}/commitments/export?format=xlsx`)
      expect(register.subarray(0, 2).toString()).toBe('PK')
    }, 30_000)
  })
})
