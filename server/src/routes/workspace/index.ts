import {
  type AddStaffResponse,
  addStaffRequestSchema,
  type CreateWorkshopResponse,
  createWorkshopRequestSchema,
  type ListWorkspaceWorkshopsResponse,
  type OpenWorkshopResponse,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { createSeededWorkshop } from '../workshops/createSeededWorkshop.ts'
import { staffParticipant } from './staffParticipant.ts'

/**
 * A signed-in staff member's workspace (docs/workspaces.md). Every route starts from the session
 * cookie; nothing here takes a workspace id from the request, so a session reaches its own
 * workspace and no other ([W1]).
 *
 *   GET  /api/workspace/workshops             its workshops, newest first
 *   POST /api/workspace/workshops             [W3] a facilitator creates one (seeded as any)
 *   POST /api/workspace/workshops/:id/open    [W2] a short-lived workshop token for me
 *   POST /api/workspace/staff                 [W3] an administrator invites staff: a link
 */
export const workspaceRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions, tokens, accountLinks, config } = context
  const { accounts } = store
  const tokenTtlHours = config.staffTokenTtlMinutes / 60

  app.get('/api/workspace/workshops', async (request, reply) => {
    const account = await sessions.require(request, reply)
    const response: ListWorkspaceWorkshopsResponse = {
      workshops: await accounts.listWorkspaceWorkshops(account.workspaceId),
    }
    return response
  })

  app.post(
    '/api/workspace/workshops',
    rateLimitOn(config.rateLimits, 'createWorkshopPerMinute'),
    async (request, reply) => {
      requireJsonBody(request)
      const account = await sessions.require(request, reply)
      if (account.role !== 'facilitator') {
        throw new ApiError('FORBIDDEN', 'Only a facilitator creates workshops')
      }
      const body = createWorkshopRequestSchema.parse(request.body)
      const { workshop, joinCode, participant } = await createSeededWorkshop(
        context,
        body,
        { role: account.role, displayName: body.facilitatorName ?? account.displayName },
        account.workspaceId,
        async (created, proposedId) =>
          (await accounts.linkParticipant(created.id, account.id, proposedId)).participantId,
      )
      const facilitatorToken = await tokens.sign(
        {
          workshopId: workshop.id,
          participantId: participant.id,
          role: account.role,
          actorId: null,
        },
        tokenTtlHours,
      )
      const response: CreateWorkshopResponse = { workshop, joinCode, facilitatorToken, participant }
      return reply.code(201).send(response)
    },
  )

  app.post<{ Params: { id: string } }>(
    '/api/workspace/workshops/:id/open',
    async (request, reply) => {
      requireJsonBody(request)
      const account = await sessions.require(request, reply)
      const workshopId = request.params.id
      // [W1] Another workspace's workshop, or one made without an account, is no workshop to us:
      // 404 as for one that does not exist, so ids cannot be probed.
      const stored = await store.getWorkshop(workshopId)
      if (!stored || (await accounts.workshopWorkspace(workshopId)) !== account.workspaceId) {
        throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop in your workspace')
      }
      const participant = await staffParticipant(context, account, workshopId)
      const token = await tokens.sign(
        { workshopId, participantId: participant.id, role: account.role, actorId: null },
        tokenTtlHours,
      )
      const verified = await tokens.verify(token)
      if (!verified.ok) {
        // [P12] A facilitator removed this account's participant from the workshop.
        throw new ApiError('PARTICIPANT_REMOVED', 'You were removed from this workshop')
      }
      const response: OpenWorkshopResponse = {
        workshop: stored.workshop,
        joinCode: stored.joinCode,
        token,
        participant,
        expiresAt: new Date(verified.expiresAtMs).toISOString(),
      }
      return response
    },
  )

  app.post('/api/workspace/staff', async (request, reply) => {
    requireJsonBody(request)
    const account = await sessions.require(request, reply)
    if (!account.isAdmin) {
      throw new ApiError('FORBIDDEN', 'Only an administrator of the workspace adds staff')
    }
    const body = addStaffRequestSchema.parse(request.body)
    if (await accounts.findAccountByEmail(body.email)) {
      throw new ApiError('EMAIL_TAKEN', 'An account with this email exists already')
    }
    const link = await accountLinks.sign({
      purpose: 'invite',
      workspaceId: account.workspaceId,
      email: body.email,
      displayName: body.displayName,
      role: body.role,
      isAdmin: body.isAdmin,
    })
    request.log.info({ accountId: account.id }, 'staff invite link made')
    const response: AddStaffResponse = { path: link.path, expiresAt: link.expiresAt.toISOString() }
    return reply.code(201).send(response)
  })
}
