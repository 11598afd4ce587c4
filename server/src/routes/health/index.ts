import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { checkReadiness } from '../../readiness.ts'

/**
 * `GET /healthz` is liveness: the process answers, whatever its back ends do (restarting it
 * would not bring a database back). `GET /readyz` is readiness: every registered back end
 * answers, else 503 naming the one that did not, so a load balancer sends traffic elsewhere.
 * `GET /metrics` for Prometheus; with METRICS_TOKEN set it wants
 * `Authorization: Bearer <METRICS_TOKEN>` (room counts and sizes tell an outsider how busy the
 * server is).
 */
export const healthRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { metrics, config } = context
  const { metricsToken } = config
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/readyz', async (request, reply) => {
    // Read at each request: a back end registered after this plugin (Redis) joins the checks.
    const report = await checkReadiness(context.readinessChecks)
    for (const [name, error] of Object.entries(report.errors)) {
      request.log.warn({ err: error, check: name }, 'readiness check failed')
    }
    return reply
      .code(report.ready ? 200 : 503)
      .header('cache-control', 'no-store')
      .send({ status: report.ready ? 'ready' : 'unavailable', checks: report.checks })
  })
  app.get('/metrics', async (request, reply) => {
    if (metricsToken !== null && !hasBearer(request, metricsToken)) {
      throw new ApiError('UNAUTHORIZED', 'The metrics token is missing or wrong')
    }
    return reply.type(metrics.contentType).send(await metrics.render())
  })
}

const BEARER = /^Bearer\s+(\S+)$/i

/** Compares digests, so neither the time taken nor a length check says how much matched. */
function hasBearer(request: FastifyRequest, expected: string): boolean {
  const given = BEARER.exec(request.headers.authorization ?? '')?.[1]
  if (given === undefined) return false
  const digest = (text: string) => createHash('sha256').update(text).digest()
  return timingSafeEqual(digest(given), digest(expected))
}
