import {
  type CreateInviteResponse,
  can,
  createInviteRequestSchema,
  getActor,
  type InviteInfo,
  type ListInvitesResponse,
  newId,
  type RevokeInviteResponse,
  type TokenClaims,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredInvite } from '../../storage/Store.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

// Long enough to send a link a few days before the workshop; the access token issued on joining
// then has its own lifetime.
const INVITE_TTL_HOURS = 7 * 24

const toInfo = ({ workshopId: _, ...info }: StoredInvite): InviteInfo => info

/**
 * A facilitator's invites into roles ([P6]): `POST` signs a link and records it, `GET` lists the
 * records (never the tokens), `DELETE` revokes one, after which `POST /api/join` refuses it.
 */
export const inviteRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, invites, registry } = context

  async function requireFacilitator(request: FastifyRequest<{ Params: { id: string } }>) {
    const claims: TokenClaims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'invite')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator invites people into roles')
    }
    return claims
  }

  app.post<{ Params: { id: string } }>('/api/workshops/:id/invites', async (request, reply) => {
    const claims = await requireFacilitator(request)
    const { role, actorId } = createInviteRequestSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    let organisationName: string | undefined
    if (actorId !== undefined) {
      const known = await registry.write({ workshopId: claims.workshopId, doc: 'board' }, (doc) =>
        getActor(doc, actorId),
      )
      organisationName = known?.name
      if (!known) {
        throw new ApiError('VALIDATION_FAILED', 'The request is not valid', [
          { path: 'actorId', message: 'No such organisation in this workshop' },
        ])
      }
    }
    const inviteId = newId()
    const { token, expiresAt } = await invites.sign(
      { workshopId: claims.workshopId, role, inviteId, actorId, organisationName },
      INVITE_TTL_HOURS,
    )
    // Recorded before the link leaves: a link the store does not know would be irrevocable.
    await store.saveInvite({
      id: inviteId,
      workshopId: claims.workshopId,
      role,
      createdAt: new Date().toISOString(),
      expiresAt: expiresAt.toISOString(),
      createdBy: claims.participantId,
      revokedAt: null,
      actorId: actorId ?? null,
    })
    const response: CreateInviteResponse = {
      invite: {
        id: inviteId,
        token,
        role,
        actorId: actorId ?? null,
        expiresAt: expiresAt.toISOString(),
        path: `/join?invite=${encodeURIComponent(token)}`,
      },
    }
    return reply.code(201).send(response)
  })

  app.get<{ Params: { id: string } }>('/api/workshops/:id/invites', async (request) => {
    const claims = await requireFacilitator(request)
    await requireWorkshop(store, claims.workshopId)
    const response: ListInvitesResponse = {
      invites: (await store.listInvites(claims.workshopId)).map(toInfo),
    }
    return response
  })

  app.delete<{ Params: { id: string; inviteId: string } }>(
    '/api/workshops/:id/invites/:inviteId',
    async (request) => {
      const claims = await requireFacilitator(request)
      const revoked = await store.revokeInvite(
        claims.workshopId,
        request.params.inviteId,
        new Date().toISOString(),
      )
      if (!revoked) throw new ApiError('NOT_FOUND', 'This workshop has no such invite')
      const response: RevokeInviteResponse = { invite: toInfo(revoked) }
      return response
    },
  )
}
