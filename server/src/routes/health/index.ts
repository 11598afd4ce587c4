import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'

/**
 * `GET /healthz` for load balancers, `GET /metrics` for Prometheus; with METRICS_TOKEN set,
 * `/metrics` wants `Authorization: Bearer <METRICS_TOKEN>` (room counts and sizes tell an
 * outsider how busy the server is).
 */
export const healthRoutes: FastifyPluginAsync<AppContext> = async (app, { metrics, config }) => {
  const { metricsToken } = config
  app.get('/healthz', async () => ({ status: 'ok' }))
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
