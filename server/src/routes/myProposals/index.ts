import {
  can,
  type FollowedProposalsResponse,
  type FollowLinkResponse,
  type MyProposalsResponse,
  type TokenClaims,
  workshopLanguages,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { FollowClaims, FollowLinks } from '../../auth/followLinks.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { proposalsOf } from './proposalsOf.ts'

/**
 * [W11] "What happened to my proposals": `GET /api/workshops/:id/my-proposals` answers the
 * token's participant, for each measure they proposed in this workshop and for nothing else,
 * where it stands in the workspace's candidate list: a status, a rejection's reason written for
 * citizens, or the title of what it was merged into (on the board or in the list). Never a name,
 * a dot or another person's measure.
 *
 * [W12] The same answer weeks later, after the workshop token ran out: `POST
 * /api/workshops/:id/follow-link` gives the token's participant a link of their own (a year,
 * auth/followLinks.ts), and `GET /api/follow` answers whoever holds it, as long as the person is
 * still in the workshop and the workshop still exists.
 */

const BEARER = /^Bearer (.+)$/

function requireFollower(claims: TokenClaims): void {
  if (!can(claims.role, 'followOwnProposals')) {
    throw new ApiError('FORBIDDEN', 'Staff follow the candidate list in their workspace')
  }
}

async function requireFollowLink(
  request: FastifyRequest,
  followLinks: FollowLinks,
): Promise<FollowClaims> {
  const token = BEARER.exec(request.headers.authorization ?? '')?.[1]
  const claims = token ? await followLinks.verify(token) : null
  if (!claims) throw new ApiError('UNAUTHORIZED', 'This link is not valid, or it has expired')
  return claims
}

export const myProposalRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, followLinks, config } = context

  app.get<{ Params: { id: string } }>(
    '/api/workshops/:id/my-proposals',
    rateLimitOn(config.rateLimits, 'myProposalsPerMinute'),
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      requireFollower(claims)
      const { id } = await requireWorkshop(store, claims.workshopId)
      const response: MyProposalsResponse = {
        proposals: await proposalsOf(context, id, claims.participantId),
      }
      return response
    },
  )

  app.post<{ Params: { id: string } }>(
    '/api/workshops/:id/follow-link',
    rateLimitOn(config.rateLimits, 'myProposalsPerMinute'),
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      requireFollower(claims)
      const { id } = await requireWorkshop(store, claims.workshopId)
      const link = await followLinks.sign({ workshopId: id, participantId: claims.participantId })
      const response: FollowLinkResponse = {
        path: link.path,
        expiresAt: link.expiresAt.toISOString(),
      }
      return response
    },
  )

  app.get(
    '/api/follow',
    rateLimitOn(config.rateLimits, 'myProposalsPerMinute'),
    async (request) => {
      const { workshopId, participantId } = await requireFollowLink(request, followLinks)
      // Removed, erased or deleted since the link was made: it no longer answers ([P12], [G1], [G2]).
      const standing = await store.participantStanding(workshopId, participantId)
      if (standing !== 'active') throw new ApiError('UNAUTHORIZED', 'This link no longer works')
      const workshop = await requireWorkshop(store, workshopId)
      const response: FollowedProposalsResponse = {
        workshop: { title: workshop.title, languages: workshopLanguages(workshop) },
        proposals: await proposalsOf(context, workshopId, participantId),
      }
      return response
    },
  )
}
