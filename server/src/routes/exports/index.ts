import {
  type CreateWorkshopResponse,
  can,
  EXPORT_FORMATS,
  EXPORT_PRIVACY_LEVELS,
  LANGUAGES,
  languagePack,
  newId,
  type Participant,
  registerParticipant,
  type Workshop,
} from '@pactboard/shared'
import { planExportSchema, withoutPrivateNames } from '@pactboard/shared/plan'
import type { FastifyPluginAsync } from 'fastify'
import * as Y from 'yjs'
import { z } from 'zod'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import { signFacilitatorToken } from '../../auth/tokens.ts'
import type { AppContext } from '../../context.ts'
import { ApiError, fromZodError } from '../../errors.ts'
import { REGISTER_FORMATS, renderCommitmentRegister } from '../../export/register.ts'
import { contentDisposition, renderExport } from '../../export/render.ts'
import { rateLimitOn } from '../../http/rateLimit.ts'
import { createWorkshopWithFreshCode } from '../../storage/createWorkshopWithFreshCode.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { seedRunning } from '../workshops/seedRunning.ts'
import { workspaceContributionsTo } from '../workspacePlan/workspaceContributions.ts'
import { buildImportedDocs } from './importDocs.ts'
import { snapshotDoc } from './readDocs.ts'

/**
 * `GET /api/workshops/:id/export?format=…&lang=…&privacy=default|anonymised` renders the plan from
 * the live docs ([P7] facilitator and planner only), in the workshop's language or the one `lang`
 * names, with no private person's name ([G4]); `POST /api/workshops/import` recreates a workshop from a JSON export, with a
 * new id, join code and facilitator (no auth, like creating one).
 */

// A JSON export of a big workshop is far above the API's usual limit
const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024

const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  lang: z.enum(LANGUAGES).optional(),
  // [G4] Organisations named, persons not; `anonymised` names no person at all.
  privacy: z.enum(EXPORT_PRIVACY_LEVELS).default('default'),
})

export const registerQuerySchema = exportQuerySchema.extend({ format: z.enum(REGISTER_FORMATS) })

export const exportRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry, config, voteResults } = context

  app.get<{ Params: { id: string } }>('/api/workshops/:id/export', async (request, reply) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'export')) {
      throw new ApiError('FORBIDDEN', 'Only facilitators and planners export the plan')
    }
    const query = exportQuerySchema.safeParse(request.query)
    if (!query.success) throw fromZodError(query.error)
    const workshop = await requireWorkshop(store, request.params.id)
    const workshopId = workshop.id
    await voteResults.adoptLegacyVotes(workshopId)
    const [board, plan, ledger, votes] = await Promise.all([
      snapshotDoc(registry, workshopId, 'board'),
      snapshotDoc(registry, workshopId, 'plan'),
      snapshotDoc(registry, workshopId, 'ledger'),
      store.listVotes(workshopId),
    ])
    const fromWorkshops = await workspaceContributionsTo(context, workshopId, { board, ledger })
    const language = query.data.lang ?? workshop.language
    withoutPrivateNames({ ledger, board }, query.data.privacy, language)
    const rendered = await renderExport(
      query.data.format,
      { workshop, board, plan, ledger, votes: [...votes, ...fromWorkshops], now: new Date() },
      query.data.lang,
    )
    return reply
      .header('content-type', rendered.contentType)
      .header('content-disposition', contentDisposition(rendered.fileName))
      .header('cache-control', 'no-store')
      .send(rendered.body)
  })

  /** The commitments register on its own (CSV or XLSX), with the same rights and privacy. */
  app.get<{ Params: { id: string } }>(
    '/api/workshops/:id/commitments/export',
    async (request, reply) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      if (!can(claims.role, 'export')) {
        throw new ApiError('FORBIDDEN', 'Only facilitators and planners export the plan')
      }
      const query = registerQuerySchema.safeParse(request.query)
      if (!query.success) throw fromZodError(query.error)
      const workshop = await requireWorkshop(store, request.params.id)
      const [board, ledger] = await Promise.all([
        snapshotDoc(registry, workshop.id, 'board'),
        snapshotDoc(registry, workshop.id, 'ledger'),
      ])
      await workspaceContributionsTo(context, workshop.id, { board, ledger })
      const language = query.data.lang ?? workshop.language
      withoutPrivateNames({ ledger, board }, query.data.privacy, language)
      const rendered = await renderCommitmentRegister(
        query.data.format,
        { workshop, board, ledger, now: new Date() },
        language,
      )
      return reply
        .header('content-type', rendered.contentType)
        .header('content-disposition', contentDisposition(rendered.fileName))
        .header('cache-control', 'no-store')
        .send(rendered.body)
    },
  )

  app.post(
    '/api/workshops/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      ...rateLimitOn(config.rateLimits, 'importPerMinute'),
    },
    async (request, reply) => {
      const parsed = planExportSchema.safeParse(request.body)
      if (!parsed.success) throw fromZodError(parsed.error)
      const data = parsed.data
      const now = new Date()
      const docs = buildImportedDocs(data, now)
      const workshop: Workshop = {
        ...data.workshop,
        id: newId(),
        createdAt: now.toISOString(),
      }
      const joinCode = await createWorkshopWithFreshCode(store, workshop)
      // whoever imports runs the new workshop; the imported people keep their history
      const participant: Participant = {
        id: newId(),
        displayName: languagePack(workshop.language).workshop.facilitatorName,
        role: 'facilitator',
        actorId: null,
        joinedAt: now.toISOString(),
      }
      registerParticipant(docs.ledger, participant)
      // the dots go to the store, like every cast; no doc holds them
      await store.putVotes(workshop.id, data.votes)
      for (const name of ['board', 'plan', 'ledger'] as const) {
        const update = Y.encodeStateAsUpdate(docs[name])
        await registry.write({ workshopId: workshop.id, doc: name }, (doc) =>
          Y.applyUpdate(doc, update),
        )
      }
      // A fresh agenda from the template: an export carries the plan, not the running of a
      // workshop. Voting rules follow the imported settings, as at creation; so does
      // pre-moderation, unless the file shows the facilitator switched it themselves.
      const switched = data.moderation.log.some((e) => e.action.startsWith('pre_moderation'))
      await seedRunning(registry, workshop, participant.id, {
        preModeration: !switched && workshop.settings.moderation,
      })
      const facilitatorToken = await signFacilitatorToken(
        tokens,
        workshop.id,
        participant.id,
        config.facilitatorTokenTtlHours,
      )
      const response: CreateWorkshopResponse = { workshop, joinCode, facilitatorToken, participant }
      return reply.code(201).send(response)
    },
  )
}
