import {
  approveMeasure,
  type Capability,
  can,
  getMeasure,
  getModerationRecord,
  hideMeasure,
  hideRequestSchema,
  listMeasures,
  listModerationLog,
  type ModerationLogResponse,
  type ModerationResponse,
  type Moderator,
  mergeMeasure,
  mergeRequestSchema,
  moveDiscussion,
  preModerationRequestSchema,
  reportMeasure,
  reportRequestSchema,
  setPreModeration,
  type TokenClaims,
  unhideMeasure,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import type * as Y from 'yjs'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

/**
 * Moderation ([P17], [P18]): the facilitator approves queued proposals, hides and unhides cards,
 * merges duplicates and switches pre-moderation; board writers report cards. Every action is
 * written by the server into the ledger with its log entry (who: the token's participant, when:
 * now), so no client can forge or erase one. Routes are listed in shared `workshopApi.ts`.
 *
 * A merge into a card that was itself merged away is refused (409 MEASURE_UNAVAILABLE) rather
 * than silently redirected to its survivor: the facilitator sees the board they acted on, and
 * picking the survivor is theirs to do.
 */

type Params = { id: string }
type MeasureParams = Params & { measureId: string }

/**
 * Who acts: the token's participant, never a body field. One `now` for the action, so that a
 * card's record and its log entry carry the same time (the helpers would each take their own).
 */
function moderatorOf(claims: TokenClaims): Moderator {
  return { by: claims.participantId, now: new Date() }
}

type Gate = Extract<Capability, 'moderate' | 'report'>

const FORBIDDEN_MESSAGES: Record<Gate, string> = {
  moderate: 'Only a facilitator moderates',
  report: 'Only people who write the board report a card',
}

export const moderationRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config, voteResults } = context

  /** The claims of a caller holding `capability` in this workshop (401, 403, 404 otherwise). */
  async function requireCapability(
    request: FastifyRequest<{ Params: Params }>,
    capability: Gate | null,
  ): Promise<TokenClaims> {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (capability && !can(claims.role, capability)) {
      throw new ApiError('FORBIDDEN', FORBIDDEN_MESSAGES[capability])
    }
    await requireWorkshop(store, claims.workshopId)
    return claims
  }

  /** 404 unless every id is a measure on the board. */
  async function requireMeasures(workshopId: string, ids: readonly string[]): Promise<void> {
    const known = await registry.write({ workshopId, doc: 'board' }, (doc) =>
      ids.every((id) => getMeasure(doc, id) !== null),
    )
    if (!known) throw new ApiError('NOT_FOUND', 'No such measure on the board')
  }

  const ledgerOf = (workshopId: string) => ({ workshopId, doc: 'ledger' as const })

  app.put<{ Params: Params }>('/api/workshops/:id/moderation', async (request) => {
    const claims = await requireCapability(request, 'moderate')
    const { preModeration } = preModerationRequestSchema.parse(request.body)
    // Cards on the board now are approved by switching on; only later proposals wait.
    const existing = await registry.write({ workshopId: claims.workshopId, doc: 'board' }, (doc) =>
      listMeasures(doc).map((m) => m.id),
    )
    const event = await registry.write(ledgerOf(claims.workshopId), (doc) =>
      setPreModeration(doc, preModeration, existing, moderatorOf(claims)),
    )
    const response: ModerationResponse = { event }
    return response
  })

  app.get<{ Params: Params }>('/api/workshops/:id/moderation/log', async (request) => {
    const claims = await requireCapability(request, null)
    const events = await registry.write(ledgerOf(claims.workshopId), listModerationLog)
    const response: ModerationLogResponse = { events }
    return response
  })

  app.post<{ Params: MeasureParams }>(
    '/api/workshops/:id/measures/:measureId/approve',
    async (request) => {
      const claims = await requireCapability(request, 'moderate')
      const { measureId } = request.params
      await requireMeasures(claims.workshopId, [measureId])
      const event = await registry.write(ledgerOf(claims.workshopId), (doc) =>
        approveMeasure(doc, measureId, moderatorOf(claims)),
      )
      const response: ModerationResponse = { event }
      return response
    },
  )

  app.post<{ Params: MeasureParams }>(
    '/api/workshops/:id/measures/:measureId/hide',
    async (request) => {
      const claims = await requireCapability(request, 'moderate')
      const { reason } = hideRequestSchema.parse(request.body)
      const { measureId } = request.params
      await requireMeasures(claims.workshopId, [measureId])
      const event = await registry.write(ledgerOf(claims.workshopId), (doc) =>
        hideMeasure(doc, measureId, reason, moderatorOf(claims)),
      )
      const response: ModerationResponse = { event }
      return response
    },
  )

  app.post<{ Params: MeasureParams }>(
    '/api/workshops/:id/measures/:measureId/unhide',
    async (request) => {
      const claims = await requireCapability(request, 'moderate')
      const { measureId } = request.params
      await requireMeasures(claims.workshopId, [measureId])
      const event = await registry.write(ledgerOf(claims.workshopId), (doc) =>
        unhideMeasure(doc, measureId, moderatorOf(claims)),
      )
      const response: ModerationResponse = { event }
      return response
    },
  )

  app.post<{ Params: MeasureParams }>(
    '/api/workshops/:id/measures/:measureId/merge',
    async (request) => {
      const claims = await requireCapability(request, 'moderate')
      const { into } = mergeRequestSchema.parse(request.body)
      const { measureId } = request.params
      if (into === measureId) {
        throw new ApiError('VALIDATION_FAILED', 'A card cannot be merged into itself', [
          { path: 'into', message: 'Pick another card' },
        ])
      }
      const { workshopId } = claims
      await requireMeasures(workshopId, [measureId, into])
      await voteResults.adoptLegacyVotes(workshopId)
      const refuseMerge = (doc: Y.Doc): void => {
        if (getModerationRecord(doc, measureId).mergedInto) {
          throw new ApiError('MEASURE_UNAVAILABLE', 'This card was already merged')
        }
        if (getModerationRecord(doc, into).mergedInto) {
          throw new ApiError('MEASURE_UNAVAILABLE', 'The card to merge into was merged itself')
        }
      }
      // The dots move before the ledger records the merge, so a voter whose screen reloads its
      // dots on seeing the record reads them moved (a voter's dots add up: no budget changes).
      await registry.write(ledgerOf(workshopId), refuseMerge)
      await store.moveDots(workshopId, measureId, into)
      // Checked again and merged in one ledger write, so two merges at once cannot make a cycle.
      const event = await registry.write(ledgerOf(workshopId), (doc) => {
        refuseMerge(doc)
        return mergeMeasure(doc, measureId, into, moderatorOf(claims))
      })
      // A dot cast on the card between the move and the record follows it (moving is idempotent).
      await store.moveDots(workshopId, measureId, into)
      await voteResults.dotsChanged(workshopId)
      // The talk follows the merge to the survivor, in the board.
      await registry.write({ workshopId, doc: 'board' }, (doc) =>
        moveDiscussion(doc, measureId, into),
      )
      const response: ModerationResponse = { event }
      return response
    },
  )

  app.post<{ Params: MeasureParams }>(
    '/api/workshops/:id/measures/:measureId/reports',
    rateLimitOn(config.rateLimits, 'reportsPerMinute'),
    async (request, reply) => {
      const claims = await requireCapability(request, 'report')
      const { reason } = reportRequestSchema.parse(request.body)
      const { measureId } = request.params
      await requireMeasures(claims.workshopId, [measureId])
      const event = await registry.write(ledgerOf(claims.workshopId), (doc) =>
        reportMeasure(doc, measureId, reason, moderatorOf(claims)),
      )
      const response: ModerationResponse = { event }
      return reply.code(201).send(response)
    },
  )
}
