import {
  actorInputSchema,
  actorPatchSchema,
  can,
  type ListOrganisationsResponse,
  newId,
  type OrganisationInviteResponse,
  type OrganisationResponse,
  organisationInviteRequestSchema,
} from '@pactboard/shared'
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify'
import { requireJsonBody } from '../../auth/sessions.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { issueInvite } from '../invites/issueInvite.ts'
import {
  addToWorkspace,
  refuseClashOnBoard,
  refusedAsApiError,
  writeToBoards,
} from '../organisations/workspaceDirectory.ts'

/**
 * The workspace's directory of organisations (docs/workspaces.md, "Organisations"), for its
 * staff by their session cookie; none takes a workspace id, so an organisation or workshop of
 * another workspace is none ([W1], [W20]). Everyone on the staff reads it; a facilitator adds,
 * edits ([P25]'s `manageOrganisations`) and makes a representative's invite link ([W23]).
 * Routes in shared `organisationsApi.ts`.
 */

type Params = { id: string }

const organisationNotFound = () =>
  new ApiError('ORGANISATION_NOT_FOUND', 'No such organisation in your workspace')

export const workspaceOrganisationRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, sessions } = context
  const { accounts, organisations } = store

  async function requireKeeper(request: FastifyRequest, reply: FastifyReply) {
    requireJsonBody(request)
    const account = await sessions.require(request, reply)
    if (!can(account.role, 'manageOrganisations')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator keeps the workspace’s organisations')
    }
    return account
  }

  app.get('/api/workspace/organisations', async (request, reply) => {
    const account = await sessions.require(request, reply)
    const response: ListOrganisationsResponse = {
      organisations: await organisations.listOrganisations(account.workspaceId),
    }
    return response
  })

  // [W20] One per name or number: 409 ORGANISATION_EXISTS names the one there.
  app.post('/api/workspace/organisations', async (request, reply) => {
    const account = await requireKeeper(request, reply)
    const input = actorInputSchema.parse(request.body)
    const organisation = await addToWorkspace(context, account.workspaceId, input)
    request.log.info(
      { accountId: account.id, organisationId: organisation.id },
      'organisation added',
    )
    const response: OrganisationResponse = { organisation }
    return reply.code(201).send(response)
  })

  // [W22] The record changes, then every board of the workspace that holds it.
  app.patch<{ Params: Params }>('/api/workspace/organisations/:id', async (request, reply) => {
    const account = await requireKeeper(request, reply)
    const patch = actorPatchSchema.parse(request.body)
    const organisation = await refusedAsApiError(() =>
      organisations.updateOrganisation(
        account.workspaceId,
        request.params.id,
        patch,
        new Date().toISOString(),
      ),
    )
    await writeToBoards(context, account.workspaceId, organisation)
    request.log.info(
      { accountId: account.id, organisationId: organisation.id },
      'organisation edited',
    )
    const response: OrganisationResponse = { organisation }
    return response
  })

  // [W23] A representative's link into one of the workspace's workshops, as a facilitator's.
  app.post<{ Params: Params }>(
    '/api/workspace/organisations/:id/invites',
    async (request, reply) => {
      requireJsonBody(request)
      const account = await sessions.require(request, reply)
      if (!can(account.role, 'invite')) {
        throw new ApiError('FORBIDDEN', 'Only a facilitator invites people into workshops')
      }
      const { workshopId } = organisationInviteRequestSchema.parse(request.body)
      if ((await accounts.workshopWorkspace(workshopId)) !== account.workspaceId) {
        throw new ApiError('WORKSHOP_NOT_FOUND', 'No such workshop in your workspace')
      }
      const organisation = await organisations.getOrganisation(
        account.workspaceId,
        request.params.id,
      )
      if (!organisation) throw organisationNotFound()
      // Refused now rather than when its representative arrives: the board has another of its
      // name or number, one it held before the workspace kept the directory.
      await refuseClashOnBoard(context, workshopId, organisation)
      const { participantId } = await accounts.linkParticipant(workshopId, account.id, newId())
      if ((await store.participantStanding(workshopId, participantId)) !== 'active') {
        // [P12] A facilitator removed this account's participant: it invites nobody there.
        throw new ApiError('PARTICIPANT_REMOVED', 'You were removed from this workshop')
      }
      const response: OrganisationInviteResponse = await issueInvite(context, {
        workshopId,
        role: 'company',
        organisation: { id: organisation.id, name: organisation.name },
        createdBy: participantId,
      })
      request.log.info(
        { accountId: account.id, organisationId: organisation.id, workshopId },
        'organisation invite made',
      )
      return reply.code(201).send(response)
    },
  )
}
