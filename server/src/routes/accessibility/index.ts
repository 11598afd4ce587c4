import type { AccessibilityStatementResponse } from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'

/**
 * `GET /api/accessibility` (no auth): where this deployment takes reports of accessibility
 * barriers (ACCESSIBILITY_CONTACT), for the statement the Web Accessibility Directive asks for.
 */
export const accessibilityRoutes: FastifyPluginAsync<AppContext> = async (app, { config }) => {
  app.get('/api/accessibility', async (_request, reply) => {
    const response: AccessibilityStatementResponse = config.accessibility
    return reply.header('cache-control', 'no-cache').send(response)
  })
}
