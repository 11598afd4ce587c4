import {
  type CreateWorkshopResponse,
  can,
  createWorkshopRequestSchema,
  type DeleteWorkshopResponse,
  type GetWorkshopResponse,
  mirrorJoinLocked,
  updateWorkshopRequestSchema,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import { signFacilitatorToken } from '../../auth/tokens.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { deleteWorkshop } from '../../privacy/deleteWorkshop.ts'
import { createSeededWorkshop } from './createSeededWorkshop.ts'

/**
 * `POST /api/workshops` (create, no auth), `GET /api/workshops/:id` (its own token),
 * `PATCH /api/workshops/:id` (a facilitator locks or opens joining by code, [P12]) and
 * `DELETE /api/workshops/:id` (a facilitator deletes it with everything in it, [P23] [G1]).
 */
export const workshopRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context

  app.post(
    '/api/workshops',
    rateLimitOn(config.rateLimits, 'createWorkshopPerMinute'),
    async (request, reply) => {
      const body = createWorkshopRequestSchema.parse(request.body)
      const { workshop, joinCode, participant } = await createSeededWorkshop(context, body, {
        role: 'facilitator',
      })
      const facilitatorToken = await signFacilitatorToken(
        tokens,
        workshop.id,
        participant.id,
        config.facilitatorTokenTtlHours,
      )
      const response: CreateWorkshopResponse = { workshop, joinCode, facilitatorToken, participant }
      return reply.code(201).send(response)
    },
  )

  app.get<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    await requireWorkshopClaims(request, tokens, request.params.id)
    const stored = await store.getWorkshop(request.params.id)
    if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
    const response: GetWorkshopResponse = stored
    return response
  })

  app.delete<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'deleteWorkshop')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator deletes the workshop')
    }
    const deletedAt = new Date().toISOString()
    if (!(await deleteWorkshop(context, claims.workshopId))) {
      throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
    }
    request.log.info({ workshopId: claims.workshopId }, 'workshop deleted by its facilitator')
    const response: DeleteWorkshopResponse = { workshopId: claims.workshopId, deletedAt }
    return response
  })

  app.patch<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'lockJoining')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator opens or closes joining')
    }
    const { joinLocked } = updateWorkshopRequestSchema.parse(request.body)
    if (!(await store.setJoinLocked(claims.workshopId, joinLocked))) {
      throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
    }
    const stored = await store.getWorkshop(claims.workshopId)
    if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
    // The store decides who may join; the ledger's mirror lets every facilitator see it live.
    await registry.write({ workshopId: claims.workshopId, doc: 'ledger' }, (doc) =>
      mirrorJoinLocked(doc, stored.workshop.joinLocked),
    )
    const response: GetWorkshopResponse = stored
    return response
  })
}
