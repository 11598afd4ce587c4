import type { OpenWorkshopResponse } from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { openAsStaff } from '../workspace/openAsStaff.ts'
import { keepPlanInStep } from './planFromList.ts'
import { ensurePlanRoom } from './planRoom.ts'

/**
 * The workspace's one plan (docs/workspaces.md, "The workspace's plan"), for its staff by their
 * session cookie. As every workspace route it takes no workspace id ([W1]).
 *
 *   POST /api/workspace/plan/open   [W25] the plan room, made on first need, brought in step
 *                                   with the candidate list [W26], opened as the account [W2]
 */
export const workspacePlanRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions } = context

  app.post('/api/workspace/plan/open', async (request, reply) => {
    requireJsonBody(request)
    const account = await sessions.require(request, reply)
    const workshop = await ensurePlanRoom(context, account)
    await keepPlanInStep(context, account.workspaceId)
    const stored = await store.getWorkshop(workshop.id)
    if (!stored) throw new ApiError('WORKSHOP_NOT_FOUND', 'The workspace’s plan is gone')
    const response: OpenWorkshopResponse = await openAsStaff(context, account, stored)
    return response
  })
}
