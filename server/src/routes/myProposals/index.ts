import {
  type Candidate,
  can,
  getModeration,
  listMeasures,
  type MyProposal,
  type MyProposalsResponse,
  type ProposalOutcome,
  survivorOf,
  type UnmergedCandidateState,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

/**
 * [W11] "What happened to my proposals": `GET /api/workshops/:id/my-proposals` answers the
 * token's participant, for each measure they proposed in this workshop and for nothing else,
 * where it stands in the workspace's candidate list: a status, a rejection's reason written for
 * citizens, or the title of what it was merged into (on the board or in the list). Never a name,
 * a dot or another person's measure.
 */

interface Outcomes {
  byMeasure: ReadonlyMap<string, Candidate>
  /** A candidate as it stands: itself, or the survivor it was merged into ([W9]: one level). */
  settle(candidate: Candidate): Promise<{ candidate: Candidate; merged: boolean }>
}

function unmerged(candidate: Candidate): UnmergedCandidateState | null {
  return candidate.state.status === 'merged' ? null : candidate.state
}

async function outcomeOf(
  measure: { id: string; status: string },
  boardSurvivor: { id: string; title: string } | null,
  outcomes: Outcomes,
): Promise<ProposalOutcome> {
  if (measure.status === 'withdrawn') return { kind: 'withdrawn' }
  // Its own candidate first: it may have been brought in before the facilitator merged the card.
  const own = outcomes.byMeasure.get(measure.id)
  const followed = own ?? (boardSurvivor ? outcomes.byMeasure.get(boardSurvivor.id) : undefined)
  if (!followed) {
    return boardSurvivor
      ? { kind: 'merged', intoTitle: boardSurvivor.title, state: null }
      : { kind: 'waiting' }
  }
  const { candidate, merged } = await outcomes.settle(followed)
  const state = unmerged(candidate)
  if (!merged && own) return state ? { kind: 'candidate', state } : { kind: 'waiting' }
  return { kind: 'merged', intoTitle: candidate.title, state }
}

export const myProposalRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context

  app.get<{ Params: { id: string } }>(
    '/api/workshops/:id/my-proposals',
    rateLimitOn(config.rateLimits, 'myProposalsPerMinute'),
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      if (!can(claims.role, 'followOwnProposals')) {
        throw new ApiError('FORBIDDEN', 'Staff follow the candidate list in their workspace')
      }
      const { id: workshopId } = await requireWorkshop(store, claims.workshopId)
      const measures = await registry.write({ workshopId, doc: 'board' }, listMeasures)
      const moderation = await registry.write({ workshopId, doc: 'ledger' }, getModeration)
      const workspaceId = await store.accounts.workshopWorkspace(workshopId)
      const byMeasure = workspaceId
        ? await store.candidates.candidatesOfWorkshop(workshopId)
        : new Map<string, Candidate>()
      const outcomes: Outcomes = {
        byMeasure,
        async settle(candidate) {
          if (candidate.state.status !== 'merged' || !workspaceId)
            return { candidate, merged: false }
          const survivor = await store.candidates.getCandidate(
            workspaceId,
            candidate.state.mergedInto,
          )
          return survivor ? { candidate: survivor, merged: true } : { candidate, merged: false }
        },
      }
      const titles = new Map(measures.map((m) => [m.id, m.title]))
      const mine = measures
        .filter((m) => m.proposer.participantId === claims.participantId)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      const proposals: MyProposal[] = []
      for (const measure of mine) {
        const survivorId = survivorOf(moderation, measure.id)
        const boardSurvivor =
          survivorId === measure.id ? null : { id: survivorId, title: titles.get(survivorId) ?? '' }
        proposals.push({
          measureId: measure.id,
          title: measure.title,
          proposedAt: measure.createdAt,
          outcome: await outcomeOf(measure, boardSurvivor, outcomes),
        })
      }
      const response: MyProposalsResponse = { proposals }
      return response
    },
  )
}
