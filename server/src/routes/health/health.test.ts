import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { checkReadiness } from '../../readiness.ts'

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
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toContain('text/plain')
    // creating a workshop writes three docs: the facilitator into the ledger, the plan's seed,
    // the agenda's seed
    for (const line of [
      'pactboard_sync_connections 0',
      'pactboard_sync_connections_total 0',
      'pactboard_docs_loaded 3',
      'pactboard_updates_total 3',
      'pactboard_updates_refused_total 0',
      'pactboard_room_rebuilds_total 0',
      'pactboard_persist_append_seconds_count 3',
      'pactboard_persist_append_seconds_bucket{le="+Inf"} 3',
      'pactboard_relay_lag_seconds_count 0',
      '# TYPE pactboard_sync_server_closes_total counter',
      '# TYPE pactboard_relay_lag_seconds histogram',
    ]) {
      expect(response.body).toContain(line)
    }
  })

  it('GET /metrics carries the process metrics: CPU, memory, heap, event loop lag, GC', async () => {
    const { body } = await server.app.inject({ method: 'GET', url: '/metrics' })
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'process_start_time_seconds',
      'nodejs_heap_size_used_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_gc_duration_seconds',
      'nodejs_version_info',
    ]) {
      expect(body).toContain(`# TYPE ${name} `)
    }
  })

  it('counts what the sync core counts, server closes by code and relay lag, per app', async () => {
    const other = await startServer()
    try {
      server.context.metrics.countClose(4429)
      server.context.metrics.countClose(4429)
      server.context.metrics.observeRelayLag(0.004)
      const { body } = await server.app.inject({ method: 'GET', url: '/metrics' })
      expect(body).toContain('pactboard_sync_server_closes_total{code="4429"} 2')
      expect(body).toContain('pactboard_relay_lag_seconds_bucket{le="0.005"} 1')
      expect(body).toContain('pactboard_relay_lag_seconds_count 1')
      expect(server.context.metrics.updatesTotal).toBe(3)
      // another app in the same process has registries of its own
      const fresh = (await other.app.inject({ method: 'GET', url: '/metrics' })).body
      expect(fresh).toContain('pactboard_relay_lag_seconds_count 0')
      expect(fresh).toContain('pactboard_updates_total 0')
      expect(fresh).not.toContain('pactboard_sync_server_closes_total{')
      expect(fresh).toContain('# TYPE process_cpu_seconds_total counter')
    } finally {
      await other.close()
    }
  })

  describe('GET /readyz', () => {
    it('answers 200 ready when the store answers', async () => {
      const response = await server.app.inject({ method: 'GET', url: '/readyz' })
      expect(response.statusCode).toBe(200)
      expect(response.headers['cache-control']).toBe('no-store')
      expect(response.json()).toEqual({ status: 'ready', checks: { store: 'ok' } })
    })

    it('answers 503 naming the store when its read throws, and /healthz stays 200', async () => {
      const read = vi.spyOn(server.context.store, 'getWorkshop').mockImplementation(() => {
        throw new Error('SQLITE_IOERR: disk I/O error')
      })
      try {
        const response = await server.app.inject({ method: 'GET', url: '/readyz' })
        expect(response.statusCode).toBe(503)
        expect(response.json()).toEqual({ status: 'unavailable', checks: { store: 'failed' } })
        // the reason goes to the log, not to whoever asked
        expect(response.body).not.toContain('SQLITE_IOERR')
        expect((await server.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
      } finally {
        read.mockRestore()
      }
      expect((await server.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
    })

    it('asks every check registered in the context, also one added after the routes', async () => {
      const checks = server.context.readinessChecks
      checks.push({ name: 'redis', check: () => Promise.reject(new Error('ECONNREFUSED')) })
      try {
        const response = await server.app.inject({ method: 'GET', url: '/readyz' })
        expect(response.statusCode).toBe(503)
        expect(response.json().checks).toEqual({ store: 'ok', redis: 'failed' })
      } finally {
        checks.pop()
      }
    })

    it('counts a check that does not answer in time as failed: timeout', async () => {
      const report = await checkReadiness(
        [
          { name: 'store', check: async () => {} },
          { name: 'redis', check: () => new Promise(() => {}) },
        ],
        20,
      )
      expect(report.ready).toBe(false)
      expect(report.checks).toEqual({ store: 'ok', redis: 'timeout' })
    })
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

    it('leaves /healthz and /readyz open', async () => {
      expect((await guarded.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200)
      expect((await guarded.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
    })
  })
})
