import {
  can,
  getParticipant,
  type Language,
  type ListVersionsResponse,
  languagePack,
  newId,
  type PlanVersion,
  type RestoreVersionResponse,
  type SaveVersionResponse,
  saveVersionRequestSchema,
  type TokenClaims,
  type VersionContentResponse,
  type WorkshopTexts,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyRequest } from 'fastify'
import * as Y from 'yjs'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { DocKey, VersionInfo } from '../../storage/Store.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { planContentOfSnapshot, writePlanContent } from './planContent.ts'

/**
 * Named versions of the plan (DESIGN §5): snapshots of the whole `plan` doc, listed and viewed by
 * anyone in the workshop, saved and restored by facilitators and planners ([P10]). A restore
 * never loses what it replaces: the state before it is saved first, as a version of its own.
 */

type Params = { id: string }
type VersionParams = Params & { versionId: string }

/** A version the server names, in the workshop's language: "Before restoring “Draft 2”". */
function versionName(language: Language, which: keyof WorkshopTexts['versionNames'], name: string) {
  return languagePack(language).workshop.versionNames[which].replace('{{name}}', name)
}

function toPlanVersion(info: VersionInfo): PlanVersion {
  return {
    id: info.id,
    name: info.name,
    createdAt: info.createdAt,
    author: { participantId: info.authorId, displayName: info.authorName },
  }
}

export const versionRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry } = context

  /** The token's claims and the workshop, 403 unless the role has `saveVersion` when asked. */
  async function authorize(request: FastifyRequest<{ Params: Params }>, save: boolean) {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (save && !can(claims.role, 'saveVersion')) {
      throw new ApiError('FORBIDDEN', 'Only facilitators and planners save and restore versions')
    }
    const workshop = await requireWorkshop(store, claims.workshopId)
    const plan: DocKey = { workshopId: claims.workshopId, doc: 'plan' }
    return { claims, workshop, plan }
  }

  async function findVersion(plan: DocKey, versionId: string) {
    const version = await store.getVersion(plan, versionId)
    if (!version) throw new ApiError('NOT_FOUND', 'No such version of the plan')
    return version
  }

  /** Saves `snapshot` as a version by the token's participant, named as the ledger knows them. */
  async function saveVersion(
    plan: DocKey,
    claims: TokenClaims,
    name: string,
    snapshot: Uint8Array,
  ): Promise<PlanVersion> {
    const participant = await registry.write(
      { workshopId: plan.workshopId, doc: 'ledger' },
      (doc) => getParticipant(doc, claims.participantId),
    )
    const info: VersionInfo = {
      id: newId(),
      name,
      authorId: claims.participantId,
      // every token the API hands out has its participant in the ledger; the role is a fallback
      authorName: participant?.displayName ?? claims.role,
      createdAt: new Date().toISOString(),
    }
    await store.saveVersion(plan, { ...info, snapshot })
    return toPlanVersion(info)
  }

  const stateOf = (plan: DocKey) => registry.write(plan, (doc) => Y.encodeStateAsUpdate(doc))

  app.post<{ Params: Params }>('/api/workshops/:id/plan/versions', async (request, reply) => {
    const { claims, plan } = await authorize(request, true)
    const { name } = saveVersionRequestSchema.parse(request.body)
    const version = await saveVersion(plan, claims, name, await stateOf(plan))
    const response: SaveVersionResponse = { version }
    return reply.code(201).send(response)
  })

  app.get<{ Params: Params }>('/api/workshops/:id/plan/versions', async (request) => {
    const { plan } = await authorize(request, false)
    const response: ListVersionsResponse = {
      versions: (await store.listVersions(plan)).map(toPlanVersion),
    }
    return response
  })

  app.get<{ Params: VersionParams }>(
    '/api/workshops/:id/plan/versions/:versionId',
    async (request) => {
      const { plan } = await authorize(request, false)
      const { snapshot, ...info } = await findVersion(plan, request.params.versionId)
      const response: VersionContentResponse = {
        version: toPlanVersion(info),
        ...planContentOfSnapshot(snapshot),
      }
      return response
    },
  )

  app.post<{ Params: VersionParams }>(
    '/api/workshops/:id/plan/versions/:versionId/restore',
    async (request) => {
      const { claims, workshop, plan } = await authorize(request, true)
      const old = await findVersion(plan, request.params.versionId)
      const content = planContentOfSnapshot(old.snapshot)
      const backupName = versionName(workshop.language, 'beforeRestore', old.name)

      const before = await stateOf(plan)
      let backup = await saveVersion(plan, claims, backupName, before)
      // One write: connected editors get the restore as one update, stored before it is relayed.
      const { missed, after } = await registry.write(plan, (doc) => {
        // An edit that landed between the backup and this write must not be lost either. Deletes
        // do not move the state vector, but then the backup holds more, so nothing is lost.
        const changed = !sameStateVector(
          Y.decodeStateVector(Y.encodeStateVector(doc)),
          Y.decodeStateVector(Y.encodeStateVectorFromUpdate(before)),
        )
        const missedState = changed ? Y.encodeStateAsUpdate(doc) : null
        writePlanContent(doc, content)
        return { missed: missedState, after: Y.encodeStateAsUpdate(doc) }
      })
      if (missed) backup = await saveVersion(plan, claims, backupName, missed)
      const restored = await saveVersion(
        plan,
        claims,
        versionName(workshop.language, 'restored', old.name),
        after,
      )
      const response: RestoreVersionResponse = { backup, restored }
      return response
    },
  )
}

function sameStateVector(a: Map<number, number>, b: Map<number, number>): boolean {
  return a.size === b.size && [...a].every(([client, clock]) => b.get(client) === clock)
}
