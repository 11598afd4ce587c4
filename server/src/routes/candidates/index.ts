import {
  type BringInResponse,
  bringInRequestSchema,
  type CandidateResponse,
  can,
  candidateStatusChangeSchema,
  type ListCandidatesResponse,
  type MergeCandidateResponse,
  mergeCandidateRequestSchema,
  type WorkshopMeasuresResponse,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'
import {
  CandidateMergedError,
  CandidateNotFoundError,
  MergeIntoItselfError,
} from '../../storage/candidates/CandidateStore.ts'
import { UnknownWorkshopError } from '../../storage/Store.ts'
import { keepPlanInStep } from '../workspacePlan/planFromList.ts'
import { isPlanRoom } from '../workspacePlan/planRoom.ts'
import { writeStatusToBoards } from './statusOnBoards.ts'
import { readWorkshopMeasures } from './workshopMeasures.ts'

/**
 * The workspace's candidate list (docs/workspaces.md, "The candidate list"), for its staff by
 * their session cookie ([P27]). As every workspace route, none takes a workspace id: a
 * candidate or workshop of another workspace is none ([W1], [W7]). Routes in shared
 * `candidatesApi.ts`.
 */

type Params = { id: string }

/** The store's refusals in the API's words. */
function asApiError(error: unknown): unknown {
  if (error instanceof CandidateNotFoundError) {
    return new ApiError('CANDIDATE_NOT_FOUND', 'No such candidate in your workspace')
  }
  if (error instanceof CandidateMergedError) {
    return new ApiError('CANDIDATE_MERGED', 'This candidate was merged into another')
  }
  if (error instanceof MergeIntoItselfError) return mergeIntoItself()
  if (error instanceof UnknownWorkshopError) return workshopNotFound()
  return error
}

const workshopNotFound = () =>
  new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop in your workspace')

const mergeIntoItself = () =>
  new ApiError('VALIDATION_FAILED', 'A candidate cannot be merged into itself', [
    { path: 'into', message: 'Choose another candidate' },
  ])

async function refusedAsApiErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw asApiError(error)
  }
}

export const candidateRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions } = context
  const { accounts, candidates } = store

  async function requireCurator(request: FastifyRequest, reply: FastifyReply) {
    const account = await sessions.require(request, reply)
    if (!can(account.role, 'curateCandidates')) {
      throw new ApiError('FORBIDDEN', 'Only the workspace’s staff curate its candidates')
    }
    return account
  }

  /**
   * [W1] 404 for a workshop of another workspace, as for one that does not exist; [W26] the
   * plan's own room is where candidates go, never where they come from.
   */
  async function requireOwnWorkshop(account: StoredAccount, workshopId: string) {
    if (
      isPlanRoom(workshopId) ||
      (await accounts.workshopWorkspace(workshopId)) !== account.workspaceId
    ) {
      throw workshopNotFound()
    }
  }

  app.get('/api/workspace/candidates', async (request, reply) => {
    const account = await requireCurator(request, reply)
    const response: ListCandidatesResponse = {
      candidates: await candidates.listCandidates(account.workspaceId),
    }
    return response
  })

  app.get<{ Params: Params }>('/api/workspace/workshops/:id/measures', async (request, reply) => {
    const account = await requireCurator(request, reply)
    const workshopId = request.params.id
    await requireOwnWorkshop(account, workshopId)
    const { bringable } = await readWorkshopMeasures(context, workshopId)
    const known = await candidates.candidatesOfWorkshop(workshopId)
    const response: WorkshopMeasuresResponse = {
      measures: [...bringable.values()].map(({ description: _words, ...measure }) => ({
        ...measure,
        candidateId: known.get(measure.measureId)?.id ?? null,
      })),
    }
    return response
  })

  // [W8] Brings measures in, or again: each is judged on the board as it is now.
  app.post('/api/workspace/candidates', async (request, reply) => {
    requireJsonBody(request)
    const account = await requireCurator(request, reply)
    const body = bringInRequestSchema.parse(request.body)
    await requireOwnWorkshop(account, body.workshopId)
    const { bringable, onBoard } = await readWorkshopMeasures(context, body.workshopId)
    const measures = body.measureIds.map((id) => {
      const measure = bringable.get(id)
      if (measure) return measure
      throw onBoard.has(id)
        ? new ApiError('MEASURE_UNAVAILABLE', `Measure ${id} is hidden, merged or withdrawn`)
        : new ApiError('NOT_FOUND', `No measure ${id} on this workshop’s board`)
    })
    const brought = await refusedAsApiErrors(() =>
      candidates.bringIn(account.workspaceId, body.workshopId, measures, new Date().toISOString()),
    )
    request.log.info({ accountId: account.id, count: brought.length }, 'candidates brought in')
    const response: BringInResponse = { candidates: brought }
    return response
  })

  // [W10] A rejection's reason is for citizens: it is never logged, only kept.
  app.put<{ Params: Params }>('/api/workspace/candidates/:id/status', async (request, reply) => {
    requireJsonBody(request)
    const account = await requireCurator(request, reply)
    const change = candidateStatusChangeSchema.parse(request.body)
    const candidate = await refusedAsApiErrors(() =>
      candidates.setStatus(
        account.workspaceId,
        request.params.id,
        change,
        new Date().toISOString(),
      ),
    )
    request.log.info(
      { accountId: account.id, candidateId: candidate.id, status: change.status },
      'candidate status set',
    )
    await writeStatusToBoards(context, candidate)
    await keepPlanInStep(context, account.workspaceId)
    const response: CandidateResponse = { candidate }
    return response
  })

  // [W9]
  app.post<{ Params: Params }>('/api/workspace/candidates/:id/merge', async (request, reply) => {
    requireJsonBody(request)
    const account = await requireCurator(request, reply)
    const { into } = mergeCandidateRequestSchema.parse(request.body)
    if (into === request.params.id) throw mergeIntoItself()
    const { merged, survivor } = await refusedAsApiErrors(() =>
      candidates.merge(account.workspaceId, request.params.id, into, new Date().toISOString()),
    )
    request.log.info(
      { accountId: account.id, candidateId: merged.id, into: survivor.id },
      'candidates merged',
    )
    await keepPlanInStep(context, account.workspaceId)
    const response: MergeCandidateResponse = { merged, survivor }
    return response
  })
}
