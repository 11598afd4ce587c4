import {
  addActor,
  canJoinWithoutInvite,
  type JoinResponse,
  joinRequestSchema,
  newId,
  normalizeJoinCode,
  type Participant,
  registerParticipant,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'

/**
 * `POST /api/join`: code + display name, no account. Participants and company representatives
 * join by themselves ([P9]); a company representative's organisation becomes an Actor on the
 * board. The participant is registered in the ledger doc by the server, so nobody forges it.
 */
export const joinRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context

  app.post('/api/join', async (request) => {
    const body = joinRequestSchema.parse(request.body)
    if (!canJoinWithoutInvite(body.role)) {
      throw new ApiError(
        'FORBIDDEN',
        `Joining as ${body.role} needs an invite from the facilitator`,
      )
    }
    const code = normalizeJoinCode(body.code)
    const stored = code === null ? null : await store.findWorkshopByJoinCode(code)
    if (!stored) throw new ApiError('JOIN_CODE_UNKNOWN', 'No workshop has this code')
    const { workshop } = stored

    const actorId = body.actor
      ? (
          await registry.write({ workshopId: workshop.id, doc: 'board' }, (doc) =>
            addActor(doc, body.actor!),
          )
        ).id
      : null
    const participant: Participant = {
      id: newId(),
      displayName: body.displayName,
      role: body.role,
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
    const response: JoinResponse = { workshopId: workshop.id, token, participant, workshop }
    return response
  })
}
