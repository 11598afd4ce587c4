import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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

const CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))
const OFFICE_LIBRARIES = ['echarts', 'exceljs', 'docx', 'pdfmake', '@resvg/resvg-js']
/** Loaded only with DATABASE_URL or REDIS_URL set (app.ts). */
const SCALE_OUT_CLIENTS = ['pg', 'ioredis']

/**
 * What loading `file` loads before any of its code runs: its static imports (an import's names
 * may span lines; between `import` and `from` there is never a `;`), its top-level requires, and
 * the same for every chunk of the bundle it imports statically.
 */
function loadedWith(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return []
  seen.add(file)
  const code = readFileSync(file, 'utf8')
  const imports = [...code.matchAll(/^import (?:[^;]*? from )?"([^"]+)";$/gm)].map((m) => m[1]!)
  const requires = [...code.matchAll(/createRequire\d*\(import\.meta\.url\)\("([^"]+)"\)/g)]
  const packages = [...imports.filter((i) => !i.startsWith('.')), ...requires.map((m) => m[1]!)]
  const chunks = imports.filter((i) => i.startsWith('./'))
  return [...packages, ...chunks.flatMap((c) => loadedWith(join(dirname(file), c), seen))]
}

describe('the built server', () => {
  it('loads none of the office export libraries, nor PostgreSQL’s or Redis’s client, at start; its chunks load them', () => {
    const atStart = loadedWith(SERVER_MAIN)
    expect(atStart).toContain('yjs')
    const onDemand = [...OFFICE_LIBRARIES, ...SCALE_OUT_CLIENTS]
    for (const library of onDemand) expect(atStart).not.toContain(library)
    const dist = dirname(SERVER_MAIN)
    const inChunks = readdirSync(dist)
      .filter((name) => name.endsWith('.js') && name !== 'main.js')
      .flatMap((name) => loadedWith(join(dist, name)))
    for (const library of onDemand) expect(inChunks).toContain(library)
  })

  describe('served from the bundle', () => {
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

    it('serves the client from the repository’s client/dist, whichever chunk reads the path', async () => {
      const response = await fetch(`${server.url}/`)
      const page = await response.text()
      // Built: the app's page. Not built (the client's build may come later): the path it tried.
      if (page.includes('client is not built')) {
        expect(page).toContain(`(looked in ${CLIENT_DIST})`)
      } else {
        expect(response.headers.get('content-type')).toContain('text/html')
        expect(page).toContain('<div id="root">')
      }
    })

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
