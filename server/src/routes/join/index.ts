import {
  addActor,
  canJoinWithoutInvite,
  getActor,
  type JoinLanguagesResponse,
  type JoinRequest,
  type JoinResponse,
  joinLanguagesRequestSchema,
  joinRequestSchema,
  listActors,
  newId,
  normalizeJoinCode,
  type Participant,
  type Role,
  registerParticipant,
  workshopLanguages,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import type { StoredWorkshop } from '../../storage/Store.ts'
import { refuseDuplicate } from '../organisations/refuseDuplicate.ts'
import { workspaceActor } from './workspaceActor.ts'

/**
 * `POST /api/join`: code + display name, no account. Participants and company representatives
 * join by themselves ([P9]); every other role comes with the facilitator's invite link, whose
 * signed token names the workshop and the role. A company representative's organisation becomes an Actor on the
 * board. The participant is registered in the ledger doc by the server, so nobody forges it.
 * `POST /api/join/languages` tells the join screen, before anyone joins, which languages the
 * workshop behind a code or an invite speaks; it says nothing else about the workshop.
 */
export const joinRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, invites, registry, config } = context

  /** The workshop and role a join request names: by invite, or by code as a participant/company. */
  async function resolveEntry(
    body: JoinRequest,
  ): Promise<StoredWorkshop & { role: Role; inviteActorId: string | null }> {
    if (body.invite !== undefined) {
      const verified = await invites.verify(body.invite)
      if (!verified.ok) {
        throw new ApiError(
          'UNAUTHORIZED',
          verified.reason === 'expired' ? 'This invite has expired' : 'This invite is not valid',
        )
      }
      const { workshopId, inviteId, role, actorId } = verified.claims
      const stored = await store.getWorkshop(workshopId)
      if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'The workshop of this invite is gone')
      // Links from before invites were recorded carry no id; they run out within their 7 days.
      if (inviteId !== undefined) {
        const record = await store.getInvite(workshopId, inviteId)
        if (!record) throw new ApiError('UNAUTHORIZED', 'This invite is not valid')
        if (record.revokedAt !== null) {
          throw new ApiError('INVITE_REVOKED', 'The facilitator has withdrawn this invite')
        }
      }
      return { ...stored, role, inviteActorId: actorId ?? null }
    }
    const role = body.role ?? 'participant'
    if (!canJoinWithoutInvite(role)) {
      throw new ApiError('FORBIDDEN', `Joining as ${role} needs an invite from the facilitator`)
    }
    const code = normalizeJoinCode(body.code ?? '')
    const stored = code === null ? null : await store.findWorkshopByJoinCode(code)
    if (!stored) throw new ApiError('JOIN_CODE_UNKNOWN', 'No workshop has this code')
    // Only the code is closed: an invite (above) is the facilitator letting one person in.
    if (stored.workshop.joinLocked) {
      throw new ApiError('JOIN_LOCKED', 'The facilitator has closed joining')
    }
    return { ...stored, role, inviteActorId: null }
  }

  /** The workshop a code or an invite leads to, whether or not joining by code is open. */
  async function findEntry(body: { code?: string; invite?: string }): Promise<StoredWorkshop> {
    if (body.invite !== undefined) {
      const verified = await invites.verify(body.invite)
      if (!verified.ok) throw new ApiError('UNAUTHORIZED', 'This invite is not valid')
      const stored = await store.getWorkshop(verified.claims.workshopId)
      if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'The workshop of this invite is gone')
      return stored
    }
    const code = normalizeJoinCode(body.code ?? '')
    const stored = code === null ? null : await store.findWorkshopByJoinCode(code)
    if (!stored) throw new ApiError('JOIN_CODE_UNKNOWN', 'No workshop has this code')
    return stored
  }

  app.post(
    '/api/join/languages',
    rateLimitOn(config.rateLimits, 'joinPerMinute'),
    async (request) => {
      const { workshop } = await findEntry(joinLanguagesRequestSchema.parse(request.body))
      const response: JoinLanguagesResponse = { languages: workshopLanguages(workshop) }
      return response
    },
  )

  /** [P25] [P26] A standalone workshop's own directory: the board's actors. */
  function ownDirectoryActor(
    workshopId: string,
    inviteActorId: string | null,
    actor: JoinRequest['actor'],
  ): Promise<string | null> {
    return registry.write({ workshopId, doc: 'board' }, (doc) => {
      if (inviteActorId !== null) {
        if (!getActor(doc, inviteActorId)) {
          throw new ApiError('NOT_FOUND', 'The organisation of this invite is gone')
        }
        return inviteActorId
      }
      if (!actor) return null
      refuseDuplicate(listActors(doc), actor)
      return addActor(doc, actor).id
    })
  }

  app.post('/api/join', rateLimitOn(config.rateLimits, 'joinPerMinute'), async (request) => {
    const body = joinRequestSchema.parse(request.body)
    const { workshop, joinCode, role, inviteActorId } = await resolveEntry(body)
    if (role === 'company' && body.actor === undefined && inviteActorId === null) {
      throw new ApiError('VALIDATION_FAILED', 'A company representative names their organisation')
    }

    const workspaceId = await store.accounts.workshopWorkspace(workshop.id)
    // [P26] The invite's organisation, whatever the request names; [P25] else a new one, never a
    // second of one already there (checked and added in one write of the board). [W21] In a
    // workshop of a workspace, the organisation is the workspace's.
    const actorId =
      workspaceId === null
        ? await ownDirectoryActor(workshop.id, inviteActorId, body.actor)
        : await workspaceActor(context, workshop.id, workspaceId, inviteActorId, body.actor)
    const participant: Participant = {
      id: newId(),
      displayName: body.displayName,
      role,
      actorId,
      joinedAt: new Date().toISOString(),
    }
    await registry.write({ workshopId: workshop.id, doc: 'ledger' }, (doc) =>
      registerParticipant(doc, participant),
    )
    const token = await tokens.sign(
      { workshopId: workshop.id, participantId: participant.id, role: participant.role, actorId },
      config.participantTokenTtlHours,
    )
    const response: JoinResponse = {
      workshopId: workshop.id,
      joinCode,
      token,
      participant,
      workshop,
    }
    return response
  })
}
