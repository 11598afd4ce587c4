import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../test/helpers/server.ts'

describe('the built client on the same port', () => {
  let server: TestServer
  let clientDist: string
  beforeAll(async () => {
    clientDist = mkdtempSync(join(tmpdir(), 'pactboard-client-'))
    writeFileSync(join(clientDist, 'index.html'), '<!doctype html><title>Pactboard</title>')
    mkdirSync(join(clientDist, 'assets'))
    writeFileSync(join(clientDist, 'assets', 'app-123.js'), 'console.log(1)')
    writeFileSync(join(clientDist, 'assets', 'app-123.js.br'), brotliCompressSync('console.log(1)'))
    writeFileSync(join(clientDist, 'assets', 'app-123.js.gz'), gzipSync('console.log(1)'))
    server = await startServer({ CLIENT_DIST: clientDist })
  })
  afterAll(async () => {
    await server.close()
    rmSync(clientDist, { recursive: true, force: true })
  })

  const get = (url: string) => server.app.inject({ method: 'GET', url })

  it('serves index.html at / and for app routes (SPA fallback), revalidated', async () => {
    for (const url of ['/', '/w/abc/board', '/join?code=ACD']) {
      const response = await get(url)
      expect(response.statusCode).toBe(200)
      expect(response.body).toContain('<title>Pactboard</title>')
      expect(response.headers['cache-control']).toBe('no-cache')
    }
  })

  it('serves fingerprinted assets as immutable', async () => {
    const response = await get('/assets/app-123.js')
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toContain('immutable')
  })

  it('sends the build’s brotli or gzip copy to a browser that takes it, the file to one that does not', async () => {
    const fetchWith = (encoding: string) =>
      server.app.inject({
        method: 'GET',
        url: '/assets/app-123.js',
        headers: { 'accept-encoding': encoding },
      })
    const brotli = await fetchWith('gzip, deflate, br')
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('console.log(1)')
    const gzip = await fetchWith('gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString()).toBe('console.log(1)')
    const plain = await fetchWith('identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe('console.log(1)')
  })

  it('never answers API or sync paths with the app', async () => {
    expect((await get('/api/nope')).json().error.code).toBe('NOT_FOUND')
    expect((await get('/sync')).statusCode).toBe(404)
  })
})

describe('without a built client', () => {
  it('says so plainly at /', async () => {
    const server = await startServer()
    const response = await server.app.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('client is not built')
    await server.close()
  })
})
