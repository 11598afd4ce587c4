import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('health and metrics', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  it('GET /healthz answers ok', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/healthz' })
    expect(response.json()).toEqual({ status: 'ok' })
  })

  it('GET /metrics speaks Prometheus text with connections, docs, updates and append latency', async () => {
    await server.createWorkshop()
    const response = await server.app.inject({ method: 'GET', url: '/metrics' })
    expect(response.headers['content-type']).toContain('text/plain')
    // creating a workshop writes three docs: the facilitator into the ledger, the plan's seed,
    // the agenda's seed
    for (const name of [
      'pactboard_sync_connections 0',
      'pactboard_docs_loaded 3',
      'pactboard_updates_total 3',
      'pactboard_persist_append_seconds_count 3',
    ]) {
      expect(response.body).toContain(name)
    }
  })

  describe('with METRICS_TOKEN', () => {
    const metricsToken = 'metrics-token-0123456789abcdef'
    let guarded: TestServer
    beforeAll(async () => {
      guarded = await startServer({ METRICS_TOKEN: metricsToken })
    })
    afterAll(() => guarded.close())
    const metrics = (authorization?: string) =>
      guarded.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: authorization ? { authorization } : {},
      })

    it('answers 401 without the token or with another, and the metrics with it', async () => {
      for (const authorization of [
        undefined,
        'Bearer wrong',
        `Bearer ${metricsToken}x`,
        metricsToken,
      ]) {
        const refused = await metrics(authorization)
        expect(refused.statusCode).toBe(401)
        expect(refused.json().error.code).toBe('UNAUTHORIZED')
      }
      const allowed = await metrics(`Bearer ${metricsToken}`)
      expect(allowed.statusCode).toBe(200)
      expect(allowed.body).toContain('pactboard_sync_connections')
    })

    it('leaves /healthz open', async () => {
      expect((await guarded.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
    })
  })
})
