import {
  can,
  createInviteRequestSchema,
  getActor,
  type InviteInfo,
  type ListInvitesResponse,
  type RevokeInviteResponse,
  type TokenClaims,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredInvite } from '../../storage/Store.ts'
import { refuseClashOnBoard } from '../organisations/workspaceDirectory.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { issueInvite } from './issueInvite.ts'

const toInfo = ({ workshopId: _, ...info }: StoredInvite): InviteInfo => info

/**
 * A facilitator's invites into roles ([P6]): `POST` signs a link and records it, `GET` lists the
 * records (never the tokens), `DELETE` revokes one, after which `POST /api/join` refuses it.
 */
export const inviteRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry } = context

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
    let organisation: { id: string; name: string } | null = null
    if (actorId !== undefined) {
      // [W21] In a workshop of a workspace, any of the workspace's organisations: it joins the
      // board with the first person who comes by this link.
      const workspaceId = await store.accounts.workshopWorkspace(claims.workshopId)
      organisation = await registry.write({ workshopId: claims.workshopId, doc: 'board' }, (doc) =>
        getActor(doc, actorId),
      )
      if (!organisation && workspaceId !== null) {
        const ofWorkspace = await store.organisations.getOrganisation(workspaceId, actorId)
        // Refused now rather than when its representative arrives, as from the workspace ([W23]).
        if (ofWorkspace) await refuseClashOnBoard(context, claims.workshopId, ofWorkspace)
        organisation = ofWorkspace
      }
      if (!organisation) {
        throw new ApiError('VALIDATION_FAILED', 'The request is not valid', [
          { path: 'actorId', message: 'No such organisation in this workshop' },
        ])
      }
    }
    const response = await issueInvite(context, {
      workshopId: claims.workshopId,
      role,
      organisation,
      createdBy: claims.participantId,
    })
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
