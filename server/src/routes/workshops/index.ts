import { randomBytes } from 'node:crypto'
import {
  type CreateWorkshopResponse,
  createWorkshopRequestSchema,
  type GetWorkshopResponse,
  makeJoinCode,
  newId,
  type Participant,
  registerParticipant,
  type Workshop,
  workshopSettingsSchema,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { JoinCodeTakenError } from '../../storage/Store.ts'

// 25^6 ≈ 244 million codes: a collision is rare, several in a row means something else is wrong.
const JOIN_CODE_ATTEMPTS = 8

/** `POST /api/workshops` (create, no auth) and `GET /api/workshops/:id` (its own token). */
export const workshopRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context

  app.post('/api/workshops', async (request, reply) => {
    const body = createWorkshopRequestSchema.parse(request.body)
    const now = new Date().toISOString()
    const workshop: Workshop = {
      id: newId(),
      title: body.title,
      city: body.city,
      language: body.language,
      template: body.template,
      createdAt: now,
      phase: null,
      settings: workshopSettingsSchema.parse(body.settings),
    }
    const joinCode = await createWithFreshCode(workshop)
    const participant: Participant = {
      id: newId(),
      displayName: body.facilitatorName,
      role: 'facilitator',
      actorId: null,
      joinedAt: now,
    }
    await registry.write({ workshopId: workshop.id, doc: 'ledger' }, (doc) =>
      registerParticipant(doc, participant),
    )
    const facilitatorToken = await tokens.sign(
      {
        workshopId: workshop.id,
        participantId: participant.id,
        role: 'facilitator',
        actorId: null,
      },
      config.facilitatorTokenTtlHours,
    )
    const response: CreateWorkshopResponse = { workshop, joinCode, facilitatorToken, participant }
    return reply.code(201).send(response)
  })

  app.get<{ Params: { id: string } }>('/api/workshops/:id', async (request) => {
    await requireWorkshopClaims(request, tokens, request.params.id)
    const stored = await store.getWorkshop(request.params.id)
    if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop')
    const response: GetWorkshopResponse = stored
    return response
  })

  async function createWithFreshCode(workshop: Workshop): Promise<string> {
    for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
      const joinCode = makeJoinCode((length) => randomBytes(length))
      try {
        await store.createWorkshop(workshop, joinCode)
        return joinCode
      } catch (error) {
        if (!(error instanceof JoinCodeTakenError)) throw error
      }
    }
    throw new Error('No free join code after several attempts')
  }
}
