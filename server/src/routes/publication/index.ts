import { createHash, randomBytes } from 'node:crypto'
import {
  can,
  PUBLIC_PLAN_PARTS,
  PUBLIC_SLUG_PATTERN,
  type PublicationResponse,
  publicPlanPath,
} from '@pactboard/shared'
import {
  buildPlanModel,
  buildPublicPlan,
  publicationRequestSchema,
  withoutPrivateNames,
} from '@pactboard/shared/plan'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import type { StoredPublication } from '../../storage/publications/PublicationStore.ts'
import { WorkshopDeletedError } from '../../sync/RoomRegistry.ts'
import { snapshotDoc } from '../exports/readDocs.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { workspaceContributionsTo } from '../workspacePlan/workspaceContributions.ts'

/**
 * The plan's public page ([P28], [G7]). Facilitators and planners read and set whether the plan
 * is published and which parts show; publishing makes a link of 128 random bits, unpublishing
 * forgets it for good (publishing again makes another), and changing the parts keeps it.
 * `GET /api/public/plans/:slug` answers anyone, without a token: the page built by shared's
 * allow-list from copies of the docs pseudonymised as an anonymised export is.
 */

// Short: a city's page that is withdrawn or changed stays in browsers and proxies this long.
const PUBLIC_CACHE_CONTROL = 'public, max-age=60'

const notPublished = () => new ApiError('NOT_FOUND', 'No plan is published at this link')

function settingsOf(row: StoredPublication | null): PublicationResponse {
  return {
    published: row?.slug != null,
    // a plan never published offers every part, for the planners to take away what they will not show
    parts: row ? row.parts : [...PUBLIC_PLAN_PARTS],
    path: row?.slug ? publicPlanPath(row.slug) : null,
    publishedAt: row?.slug ? row.publishedAt : null,
  }
}

export const publicationRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config } = context

  const requirePublisher = async (request: FastifyRequest, id: string) => {
    const claims = await requireWorkshopClaims(request, tokens, id)
    if (!can(claims.role, 'publishPlan')) {
      throw new ApiError('FORBIDDEN', 'Only facilitators and planners publish the plan')
    }
    return requireWorkshop(store, claims.workshopId)
  }

  app.get<{ Params: { id: string } }>('/api/workshops/:id/publication', async (request, reply) => {
    const workshop = await requirePublisher(request, request.params.id)
    const row = await store.publications.getPublication(workshop.id)
    return reply.header('cache-control', 'no-store').send(settingsOf(row))
  })

  app.put<{ Params: { id: string } }>('/api/workshops/:id/publication', async (request) => {
    const workshop = await requirePublisher(request, request.params.id)
    const change = publicationRequestSchema.parse(request.body)
    const row = await store.publications.savePublication(workshop.id, {
      ...change,
      newSlug: randomBytes(16).toString('base64url'),
      at: new Date().toISOString(),
    })
    return settingsOf(row)
  })

  app.get<{ Params: { slug: string } }>(
    '/api/public/plans/:slug',
    rateLimitOn(config.rateLimits, 'publicPlanPerMinute'),
    async (request, reply) => {
      const { slug } = request.params
      if (!PUBLIC_SLUG_PATTERN.test(slug)) throw notPublished()
      const publication = await store.publications.findPublishedBySlug(slug)
      const stored = publication && (await store.getWorkshop(publication.workshopId))
      if (!publication?.publishedAt || !stored) throw notPublished()
      const { workshop } = stored
      let docs: Awaited<ReturnType<typeof readCopies>>
      try {
        docs = await readCopies(workshop.id)
      } catch (error) {
        // deleted between the lookup and the read: as gone as a link never made
        if (error instanceof WorkshopDeletedError) throw notPublished()
        throw error
      }
      withoutPrivateNames(docs, 'anonymised', workshop.language)
      // no votes: the page shows none, so the store is not asked for anyone's dots
      const model = buildPlanModel({ workshop, ...docs, votes: [], now: new Date() })
      const body = JSON.stringify(
        buildPublicPlan(model, {
          parts: publication.parts,
          publishedAt: publication.publishedAt,
        }),
      )
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
      reply.header('cache-control', PUBLIC_CACHE_CONTROL).header('etag', etag)
      if (request.headers['if-none-match'] === etag) return reply.code(304).send()
      return reply.type('application/json; charset=utf-8').send(body)
    },
  )

  const readCopies = async (workshopId: string) => {
    const [board, plan, ledger] = await Promise.all([
      snapshotDoc(registry, workshopId, 'board'),
      snapshotDoc(registry, workshopId, 'plan'),
      snapshotDoc(registry, workshopId, 'ledger'),
    ])
    // A workspace's plan shows its workshops' commitments too; no dots (the page shows none).
    await workspaceContributionsTo(context, workshopId, { board, ledger })
    return { board, plan, ledger }
  }
}
