import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'

/** `GET /healthz` for load balancers, `GET /metrics` for Prometheus. */
export const healthRoutes: FastifyPluginAsync<AppContext> = async (app, { metrics }) => {
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.get('/metrics', async (_request, reply) =>
    reply.type('text/plain; version=0.0.4').send(metrics.render()),
  )
}
