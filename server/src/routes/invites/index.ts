import { type CreateInviteResponse, can, createInviteRequestSchema } from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

// Long enough to send a link a few days before the workshop; the access token issued on joining
// then has its own lifetime.
const INVITE_TTL_HOURS = 7 * 24

/** `POST /api/workshops/:id/invites`: a facilitator invites someone into a role ([P6]). */
export const inviteRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, invites } = context

  app.post<{ Params: { id: string } }>('/api/workshops/:id/invites', async (request, reply) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'invite')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator invites people into roles')
    }
    const { role } = createInviteRequestSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    const { token, expiresAt } = await invites.sign(
      { workshopId: claims.workshopId, role },
      INVITE_TTL_HOURS,
    )
    const response: CreateInviteResponse = {
      invite: {
        token,
        role,
        expiresAt: expiresAt.toISOString(),
        path: `/join?invite=${encodeURIComponent(token)}`,
      },
    }
    return reply.code(201).send(response)
  })
}
