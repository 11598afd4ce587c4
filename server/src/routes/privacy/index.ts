import type { PrivacyNoticeResponse } from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'

/**
 * `GET /api/privacy` (no auth): what the notice before joining says about this deployment:
 * who the controller is, its policy, how long workshops are kept, and its own wording if any
 * (PRIVACY_CONTROLLER, PRIVACY_POLICY_URL, RETENTION_DAYS, PRIVACY_NOTICE_FILE).
 */
export const privacyRoutes: FastifyPluginAsync<AppContext> = async (app, { config }) => {
  app.get('/api/privacy', async (_request, reply) => {
    const response: PrivacyNoticeResponse = config.privacy
    return reply.header('cache-control', 'no-cache').send(response)
  })
}
