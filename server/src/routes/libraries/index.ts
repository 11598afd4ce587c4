import { createHash } from 'node:crypto'
import {
  type CopyLibraryMeasureResponse,
  can,
  copyLibraryMeasureRequestSchema,
  exportLibraryRequestSchema,
  type ImportLibraryResponse,
  LIBRARY_MAX_BYTES,
  type LibraryFile,
  type LibraryMeasuresResponse,
  type ListLibrariesResponse,
  libraryFileSchema,
  libraryMeasureFilterSchema,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError, fromZodError } from '../../errors.ts'
import { contentDisposition } from '../../export/render.ts'
import { LibraryNotFoundError } from '../../storage/libraries/LibraryStore.ts'
import { isPlanRoom } from '../workspacePlan/planRoom.ts'
import { copyToBoard } from './copyToBoard.ts'
import { buildLibraryFile } from './libraryExport.ts'

/**
 * Measure libraries (docs/workspaces.md, "Measure libraries", [W15]–[W19]), for a workspace's
 * staff by their session cookie, as the candidate list is ([P27]): export chosen candidates as a
 * file, import another city's file into the list, browse what was imported, copy a measure onto
 * a workshop's board. No route takes a workspace id. Routes in shared `librariesApi.ts`.
 */

type LibraryParams = { id: string }
type MeasureParams = { id: string; measureId: string }

const libraryNotFound = () =>
  new ApiError('LIBRARY_NOT_FOUND', 'No such library or library measure in your workspace')

const workshopNotFound = () =>
  new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop in your workspace')

/** [W17] The same file is the same content, however it was sent: hashed as it parsed. */
function contentHash(file: LibraryFile): string {
  return createHash('sha256').update(JSON.stringify(file)).digest('hex')
}

export const libraryRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions } = context
  const { accounts, candidates, libraries } = store

  async function requireCurator(request: FastifyRequest, reply: FastifyReply) {
    const account = await sessions.require(request, reply)
    if (!can(account.role, 'curateCandidates')) {
      throw new ApiError('FORBIDDEN', 'Only the workspace’s staff share its measures')
    }
    return account
  }

  async function requireWorkspace(workspaceId: string) {
    const workspace = await accounts.getWorkspace(workspaceId)
    if (!workspace) throw new ApiError('NOT_FOUND', 'No such workspace')
    return workspace
  }

  // [W16] The chosen candidates as a file to download; nothing is stored.
  app.post('/api/workspace/library/export', async (request, reply) => {
    requireJsonBody(request)
    const account = await requireCurator(request, reply)
    const { candidateIds } = exportLibraryRequestSchema.parse(request.body)
    const workspace = await requireWorkspace(account.workspaceId)
    const { file, fileName } = await buildLibraryFile(context, workspace, candidateIds, new Date())
    request.log.info({ accountId: account.id, count: file.measures.length }, 'library exported')
    return reply
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-disposition', contentDisposition(fileName))
      .header('cache-control', 'no-store')
      .send(JSON.stringify(file, null, 2))
  })

  // [W15][W17] A file posted as it was downloaded: judged whole before anything is kept.
  app.post(
    '/api/workspace/libraries',
    // A staff session's route, as the candidate list's: no rate limit, a body limit of its own.
    { bodyLimit: LIBRARY_MAX_BYTES },
    async (request, reply) => {
      requireJsonBody(request)
      const account = await requireCurator(request, reply)
      const parsed = libraryFileSchema.safeParse(request.body)
      if (!parsed.success) {
        const { issues } = fromZodError(parsed.error)
        throw new ApiError('LIBRARY_INVALID', 'The file is not a measure library', issues)
      }
      const imported = await libraries.importLibrary(
        account.workspaceId,
        parsed.data,
        contentHash(parsed.data),
        new Date().toISOString(),
      )
      const ids = new Set(imported.candidateIds)
      const all = await candidates.listCandidates(account.workspaceId)
      const byId = new Map(all.filter((c) => ids.has(c.id)).map((c) => [c.id, c]))
      request.log.info(
        { accountId: account.id, libraryId: imported.library.id, created: imported.created },
        'library imported',
      )
      const response: ImportLibraryResponse = {
        library: imported.library,
        created: imported.created,
        candidates: imported.candidateIds.flatMap((id) => byId.get(id) ?? []),
      }
      return reply.code(imported.created ? 201 : 200).send(response)
    },
  )

  // [W18]
  app.get('/api/workspace/libraries', async (request, reply) => {
    const account = await requireCurator(request, reply)
    const response: ListLibrariesResponse = {
      libraries: await libraries.listLibraries(account.workspaceId),
    }
    return response
  })

  // [W18] Filtered by field of action and emission sector; an unknown value is a 400.
  app.get<{ Params: LibraryParams }>(
    '/api/workspace/libraries/:id/measures',
    async (request, reply) => {
      const account = await requireCurator(request, reply)
      const filter = libraryMeasureFilterSchema.safeParse(request.query)
      if (!filter.success) throw fromZodError(filter.error)
      const library = await libraries.getLibrary(account.workspaceId, request.params.id)
      if (!library) throw libraryNotFound()
      try {
        const response: LibraryMeasuresResponse = {
          library,
          measures: await libraries.listLibraryMeasures(
            account.workspaceId,
            library.id,
            filter.data,
          ),
        }
        return response
      } catch (error) {
        throw error instanceof LibraryNotFoundError ? libraryNotFound() : error
      }
    },
  )

  // [W19]
  app.post<{ Params: MeasureParams }>(
    '/api/workspace/libraries/:id/measures/:measureId/copy',
    async (request, reply) => {
      requireJsonBody(request)
      const account = await requireCurator(request, reply)
      const { workshopId } = copyLibraryMeasureRequestSchema.parse(request.body)
      const { id, measureId } = request.params
      const [library, measure] = await Promise.all([
        libraries.getLibrary(account.workspaceId, id),
        libraries.getLibraryMeasure(account.workspaceId, id, measureId),
      ])
      if (!library || !measure) throw libraryNotFound()
      const stored = await store.getWorkshop(workshopId)
      // [W26] The plan's room takes its measures from the candidate list only.
      if (
        !stored ||
        isPlanRoom(workshopId) ||
        (await accounts.workshopWorkspace(workshopId)) !== account.workspaceId
      ) {
        throw workshopNotFound()
      }
      const copied = await copyToBoard(context, account, library, measure, stored.workshop)
      request.log.info(
        { accountId: account.id, libraryId: library.id, workshopId, measureId: copied },
        'library measure copied to a board',
      )
      const response: CopyLibraryMeasureResponse = { workshopId, measureId: copied }
      return reply.code(201).send(response)
    },
  )
}
