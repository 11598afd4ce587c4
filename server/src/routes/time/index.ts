import type { ServerTimeResponse } from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'

/**
 * `GET /api/time` (no auth): the server's clock. The phase timer stores server times only, and
 * each device corrects its own clock by it (DESIGN §3: one timer, every screen in sync).
 */
export const timeRoutes: FastifyPluginAsync<AppContext> = async (app) => {
  app.get('/api/time', async (_request, reply) => {
    const response: ServerTimeResponse = { serverNowMs: Date.now() }
    // A cached answer would be a wrong clock.
    return reply.header('cache-control', 'no-store').send(response)
  })
}
