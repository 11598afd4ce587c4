import {
  can,
  castVoteRequestSchema,
  currentAllows,
  getMeasure,
  getModerationRecord,
  getVotingSettings,
  isOpenToVotes,
  type MyVotesResponse,
  moderatedCards,
  type RevealResultsResponse,
  readModeration,
  remainingDots,
  revealResultsRequestSchema,
  type TokenClaims,
  VOTE_REFUSAL_ERRORS,
  type VoteRefusal,
  type VoteResponse,
  voteRefusal,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import type { Store } from '../../storage/Store.ts'
import type { RoomRegistry } from '../../sync/RoomRegistry.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import type { VoteResults } from './VoteResults.ts'

/**
 * Dot voting ([P20], DESIGN §3–4): `POST /api/workshops/:id/votes {measureId}` casts one dot,
 * `DELETE /api/workshops/:id/votes/:measureId` takes one back, `GET …/votes/mine` tells the
 * voter their own dots, `PUT …/votes/reveal {revealed}` lets the facilitator show or hide the
 * totals. Who votes comes from the signed token only; the rules are `voteRefusal` from shared,
 * so the server refuses exactly what the phone greys out. The dots live in the store, never in
 * a doc: no client receives anyone's dots, and the room sees totals only once revealed
 * (`VoteResults`).
 */

function refuse(refusal: VoteRefusal): never {
  const { code, message } = VOTE_REFUSAL_ERRORS[refusal]
  throw new ApiError(code, message)
}

interface VoteDeps {
  store: Store
  registry: RoomRegistry
  voteResults: VoteResults
}

/**
 * Casts (+1) or withdraws (-1) one dot. The phase, the settings, the measure and its moderation
 * are read first and judged by `voteRefusal` against the voter's dots as they are; then the
 * store judges the counts again and writes in ONE transaction (`changeDot`), so concurrent casts,
 * from two tabs or two servers, never pass the budget or the per-card maximum together.
 */
async function changeVote(
  { store, registry, voteResults }: VoteDeps,
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
  await voteResults.adoptLegacyVotes(workshopId)
  const measure = await registry.write({ workshopId, doc: 'board' }, (doc) =>
    getMeasure(doc, measureId),
  )
  const mine = await store.dotsOf(workshopId, voterId)
  const onMeasure = mine.get(measureId) ?? 0
  // A dot one holds can always be taken back, even from a card gone from the board.
  if (!measure && (delta === 1 || onMeasure === 0)) {
    throw new ApiError('NOT_FOUND', 'No such measure on the board')
  }
  const card = measure
    ? await registry.write({ workshopId, doc: 'ledger' }, (doc) =>
        moderatedCards([measure], readModeration(doc)),
      )
    : []
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
      openToVotes: card[0] !== undefined && isOpenToVotes(card[0]),
    },
    onMeasure,
    spent,
  })
  if (refusal) refuse(refusal)
  const changed = await store.changeDot(
    workshopId,
    { participantId: voterId, measureId, delta },
    settings,
  )
  if (changed.refusal) refuse(changed.refusal)
  if (delta === 1) await followMerge({ store, registry }, workshopId, measureId)
  await voteResults.dotsChanged(workshopId)
  return {
    measureId,
    onMeasure: changed.onMeasure,
    spent: changed.spent,
    remaining: remainingDots(settings, changed.spent),
  }
}

/**
 * A merge that landed between reading the card's moderation and writing the dot would leave the
 * dot on the merged card; moving again (idempotent) sends it after the others, as if the cast
 * had come a moment before the merge.
 */
async function followMerge(
  { store, registry }: Pick<VoteDeps, 'store' | 'registry'>,
  workshopId: string,
  measureId: string,
): Promise<void> {
  const merged = await registry.write(
    { workshopId, doc: 'ledger' },
    (doc) => getModerationRecord(doc, measureId).mergedInto,
  )
  if (merged) await store.moveDots(workshopId, measureId, merged.into)
}

export const voteRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config, voteResults } = context
  const limited = rateLimitOn(config.rateLimits, 'votesPerMinute')
  const voteDeps: VoteDeps = { store, registry, voteResults }

  app.post<{ Params: { id: string } }>('/api/workshops/:id/votes', limited, async (request) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    const { measureId } = castVoteRequestSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    const response: VoteResponse = await changeVote(voteDeps, claims, measureId, 1)
    return response
  })

  app.delete<{ Params: { id: string; measureId: string } }>(
    '/api/workshops/:id/votes/:measureId',
    limited,
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      const { measureId } = castVoteRequestSchema.parse({ measureId: request.params.measureId })
      await requireWorkshop(store, claims.workshopId)
      const response: VoteResponse = await changeVote(voteDeps, claims, measureId, -1)
      return response
    },
  )

  /** One's own dots, whatever one's role (a non-voter has none); `no-store`, they change. */
  app.get<{ Params: { id: string } }>('/api/workshops/:id/votes/mine', async (request, reply) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    const { workshopId, participantId } = claims
    await requireWorkshop(store, workshopId)
    await voteResults.adoptLegacyVotes(workshopId)
    const settings = await registry.write({ workshopId, doc: 'control' }, getVotingSettings)
    const mine = await store.dotsOf(workshopId, participantId)
    let spent = 0
    for (const count of mine.values()) spent += count
    const response: MyVotesResponse = {
      votes: Object.fromEntries([...mine].sort(([a], [b]) => a.localeCompare(b))),
      spent,
      remaining: remainingDots(settings, spent),
    }
    return reply.header('cache-control', 'no-store').send(response)
  })

  app.put<{ Params: { id: string } }>('/api/workshops/:id/votes/reveal', async (request) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'writeControl')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator reveals or hides the results')
    }
    const { revealed } = revealResultsRequestSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    const response: RevealResultsResponse = await voteResults.setRevealed(
      claims.workshopId,
      revealed,
    )
    return response
  })
}
