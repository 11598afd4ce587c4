import {
  can,
  castVoteRequestSchema,
  currentAllows,
  getMeasure,
  getVotingSettings,
  isOpenToVotes,
  moderatedCards,
  readModeration,
  remainingDots,
  setVote,
  type TokenClaims,
  VOTE_REFUSAL_ERRORS,
  type VoteRefusal,
  type VoteResponse,
  voteRefusal,
  votesOf,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import type { RoomRegistry } from '../../sync/RoomRegistry.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

/**
 * Dot voting ([P20], DESIGN §4): `POST /api/workshops/:id/votes {measureId}` casts one dot,
 * `DELETE /api/workshops/:id/votes/:measureId` takes one back. Who votes comes from the signed
 * token only; the rules are `voteRefusal` from shared, so the server refuses exactly what the
 * phone greys out.
 */

function refuse(refusal: VoteRefusal): never {
  const { code, message } = VOTE_REFUSAL_ERRORS[refusal]
  throw new ApiError(code, message)
}

/**
 * Casts (+1) or withdraws (-1) one dot. The phase, the settings and the measure are read first;
 * the voter's dots are read and written in ONE ledger write, which the room runs alone, so two
 * tabs casting at once are counted one after the other and never overspend the budget.
 * Moderation is read in that same write too: a card hidden or merged a moment before takes no dot.
 */
async function changeVote(
  registry: RoomRegistry,
  claims: TokenClaims,
  measureId: string,
  delta: 1 | -1,
): Promise<VoteResponse> {
  const { workshopId, participantId: voterId, role } = claims
  // before any doc is loaded: an observer's or facilitator's request needs no reading
  if (!can(role, 'vote')) refuse('not_a_voter')
  const { allows, settings } = await registry.write({ workshopId, doc: 'control' }, (doc) => ({
    allows: currentAllows(doc),
    settings: getVotingSettings(doc),
  }))
  if (!allows.vote) refuse('phase_closed')
  const measure = await registry.write({ workshopId, doc: 'board' }, (doc) =>
    getMeasure(doc, measureId),
  )
  return registry.write({ workshopId, doc: 'ledger' }, (doc) => {
    const mine = votesOf(doc, voterId)
    const onMeasure = mine.get(measureId) ?? 0
    // A dot one holds can always be taken back, even from a card gone from the board.
    if (!measure && (delta === 1 || onMeasure === 0)) {
      throw new ApiError('NOT_FOUND', 'No such measure on the board')
    }
    const card = measure ? moderatedCards([measure], readModeration(doc))[0] : undefined
    let spent = 0
    for (const count of mine.values()) spent += count
    const refusal = voteRefusal({
      role,
      voterId,
      delta,
      allows,
      settings,
      measure: {
        proposerId: measure?.proposer.participantId ?? '',
        openToVotes: card !== undefined && isOpenToVotes(card),
      },
      onMeasure,
      spent,
    })
    if (refusal) refuse(refusal)
    setVote(doc, { participantId: voterId, measureId, count: onMeasure + delta })
    return {
      measureId,
      onMeasure: onMeasure + delta,
      spent: spent + delta,
      remaining: remainingDots(settings, spent + delta),
    }
  })
}

export const voteRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context
  const limited = rateLimitOn(config.rateLimits, 'votesPerMinute')

  app.post<{ Params: { id: string } }>('/api/workshops/:id/votes', limited, async (request) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    const { measureId } = castVoteRequestSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    const response: VoteResponse = await changeVote(registry, claims, measureId, 1)
    return response
  })

  app.delete<{ Params: { id: string; measureId: string } }>(
    '/api/workshops/:id/votes/:measureId',
    limited,
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      const { measureId } = castVoteRequestSchema.parse({ measureId: request.params.measureId })
      await requireWorkshop(store, claims.workshopId)
      const response: VoteResponse = await changeVote(registry, claims, measureId, -1)
      return response
    },
  )
}
