import {
  type Commitment,
  type CommitmentResponse,
  can,
  commitmentInputSchema,
  currentAllows,
  getActor,
  getCommitment,
  getMeasure,
  newId,
  recordCommitment,
  type TokenClaims,
  withdrawCommitment,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { commitMeasureFromLedger } from './commitMeasure.ts'

/**
 * Commitments (DESIGN §2, §3): an organisation's representative signs for their own Actor ([P11]);
 * the server, never a client, records who signed and when in the `ledger` doc. A signature is
 * never edited (there is no PUT or PATCH), only withdrawn, and the withdrawal is recorded too.
 */

type Params = { id: string }

/** [P11] The actor's own representative, or a facilitator, withdraws a commitment. */
function mayWithdraw(claims: TokenClaims, commitment: Commitment): boolean {
  const ownActor = can(claims.role, 'signCommitment') && claims.actorId === commitment.actorId
  return ownActor || can(claims.role, 'withdrawAnyCommitment')
}

export const commitmentRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry } = context

  app.post<{ Params: Params }>('/api/workshops/:id/commitments', async (request, reply) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'signCommitment')) {
      throw new ApiError(
        'FORBIDDEN',
        'Only a company or organisation representative signs commitments',
      )
    }
    const input = commitmentInputSchema.parse(request.body)
    if (claims.actorId === null || input.actorId !== claims.actorId) {
      throw new ApiError('FORBIDDEN', 'You may sign commitments only for your own organisation')
    }
    await requireWorkshop(store, claims.workshopId)
    // [P16] The phase says whether signing is open now (a withdrawal is always possible).
    const allows = await registry.write({ workshopId: claims.workshopId, doc: 'control' }, (doc) =>
      currentAllows(doc),
    )
    if (!allows.commit) {
      throw new ApiError('PHASE_CLOSED', 'Signing commitments is closed in the current phase')
    }
    const known = await registry.write({ workshopId: claims.workshopId, doc: 'board' }, (doc) => ({
      actor: getActor(doc, input.actorId) !== null,
      measure: input.measureId === null ? null : getMeasure(doc, input.measureId),
    }))
    if (!known.actor) throw new ApiError('NOT_FOUND', 'Your organisation is not on the board')
    if (input.measureId !== null && known.measure === null) {
      throw new ApiError('VALIDATION_FAILED', 'The request is not valid', [
        { path: 'measureId', message: 'No such measure on the board' },
      ])
    }
    const commitment: Commitment = {
      ...input,
      id: newId(),
      signedBy: claims.participantId,
      signedAt: new Date().toISOString(),
      withdrawn: null,
      measureStatusBefore:
        known.measure && known.measure.status !== 'committed' ? known.measure.status : null,
    }
    await registry.write({ workshopId: claims.workshopId, doc: 'ledger' }, (doc) =>
      recordCommitment(doc, commitment),
    )
    if (commitment.measureId !== null) {
      await commitMeasureFromLedger(context, claims.workshopId, commitment.measureId)
    }
    const response: CommitmentResponse = { commitment }
    return reply.code(201).send(response)
  })

  app.delete<{ Params: Params & { commitmentId: string } }>(
    '/api/workshops/:id/commitments/:commitmentId',
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      await requireWorkshop(store, claims.workshopId)
      const { commitmentId } = request.params
      // check and withdraw in one write, so nothing comes between them
      const commitment = await registry.write(
        { workshopId: claims.workshopId, doc: 'ledger' },
        (doc) => {
          const current = getCommitment(doc, commitmentId)
          if (!current) throw new ApiError('NOT_FOUND', 'No such commitment')
          if (!mayWithdraw(claims, current)) {
            throw new ApiError(
              'FORBIDDEN',
              'Only the organisation’s representative or a facilitator withdraws a commitment',
            )
          }
          return withdrawCommitment(doc, commitmentId, claims.participantId)
        },
      )
      if (commitment.measureId !== null) {
        await commitMeasureFromLedger(context, claims.workshopId, commitment.measureId)
      }
      const response: CommitmentResponse = { commitment }
      return response
    },
  )
}
