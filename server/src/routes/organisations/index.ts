import {
  type AddOrganisationResponse,
  actorInputSchema,
  actorPatchSchema,
  addActor,
  can,
  getActor,
  listActors,
  type OrganisationResponse,
  type TokenClaims,
  updateActor,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { requireWorkshop } from '../requireWorkshop.ts'
import { refuseDuplicate } from './refuseDuplicate.ts'
import {
  addToWorkspace,
  putOnBoard,
  refuseClashOnBoard,
  refusedAsApiError,
  writeToBoards,
} from './workspaceDirectory.ts'

/**
 * The workshop's directory of organisations ([P25]): the `actors` of the board doc, which only the
 * server writes. A facilitator adds organisations (the city's departments and companies among
 * them, before anyone arrives) and edits any; a representative edits their own. Everyone reads
 * the directory from the board doc itself. In a workshop of a workspace the directory is the
 * workspace's ([W21], [W22], workspaceDirectory.ts): an add or an edit here is one there too.
 */

type Params = { id: string }

function mayEdit(claims: TokenClaims, actorId: string): boolean {
  return (
    can(claims.role, 'manageOrganisations') ||
    (can(claims.role, 'signCommitment') && claims.actorId === actorId)
  )
}

export const organisationRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry } = context

  app.post<{ Params: Params }>('/api/workshops/:id/organisations', async (request, reply) => {
    const claims = await requireWorkshopClaims(request, tokens, request.params.id)
    if (!can(claims.role, 'manageOrganisations')) {
      throw new ApiError('FORBIDDEN', 'Only a facilitator adds organisations to the directory')
    }
    const input = actorInputSchema.parse(request.body)
    await requireWorkshop(store, claims.workshopId)
    const workspaceId = await store.accounts.workshopWorkspace(claims.workshopId)
    if (workspaceId !== null) {
      // [W21] One already on this board answers 409 as ever; one the workspace has joins the
      // board as the workspace has it (200); a new one is the workspace's first (201).
      await refuseClashOnBoard(context, claims.workshopId, input)
      const known = await store.organisations.findSameOrganisation(workspaceId, input)
      const organisation = known ?? (await addToWorkspace(context, workspaceId, input))
      await putOnBoard(context, claims.workshopId, organisation)
      const response: AddOrganisationResponse = { organisation, fromDirectory: known !== null }
      return reply.code(known ? 200 : 201).send(response)
    }
    // the check and the write in one write of the board, so two adds cannot both pass it
    const organisation = await registry.write(
      { workshopId: claims.workshopId, doc: 'board' },
      (doc) => {
        refuseDuplicate(listActors(doc), input)
        return addActor(doc, input)
      },
    )
    const response: AddOrganisationResponse = { organisation, fromDirectory: false }
    return reply.code(201).send(response)
  })

  app.patch<{ Params: Params & { actorId: string } }>(
    '/api/workshops/:id/organisations/:actorId',
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      const { actorId } = request.params
      if (!mayEdit(claims, actorId)) {
        throw new ApiError(
          'FORBIDDEN',
          'Only a facilitator or the organisation’s own representative edits it',
        )
      }
      const patch = actorPatchSchema.parse(request.body)
      const identityChange = patch.name !== undefined || patch.kind !== undefined
      if (identityChange && !can(claims.role, 'manageOrganisations')) {
        // who the organisation is stays the facilitator's word: no representative renames theirs
        // into another one it would then sign for
        throw new ApiError('FORBIDDEN', 'Only a facilitator changes an organisation’s name or kind')
      }
      await requireWorkshop(store, claims.workshopId)
      const workspaceId = await store.accounts.workshopWorkspace(claims.workshopId)
      const ofWorkspace =
        workspaceId === null
          ? null
          : await store.organisations.getOrganisation(workspaceId, actorId)
      if (workspaceId !== null && ofWorkspace !== null) {
        // [W22] The workspace's record changes, and every board that holds it follows; on this
        // board it must still be the only one of its name or number.
        const onBoard = await registry.write(
          { workshopId: claims.workshopId, doc: 'board' },
          (doc) => getActor(doc, actorId),
        )
        if (!onBoard) throw new ApiError('NOT_FOUND', 'No such organisation')
        await refuseClashOnBoard(context, claims.workshopId, { ...ofWorkspace, ...patch })
        const organisation = await refusedAsApiError(() =>
          store.organisations.updateOrganisation(
            workspaceId,
            actorId,
            patch,
            new Date().toISOString(),
          ),
        )
        await writeToBoards(context, workspaceId, organisation)
        const response: OrganisationResponse = { organisation }
        return response
      }
      const organisation = await registry.write(
        { workshopId: claims.workshopId, doc: 'board' },
        (doc) => {
          const current = getActor(doc, actorId)
          if (!current) throw new ApiError('NOT_FOUND', 'No such organisation')
          const next = { ...current, ...patch }
          refuseDuplicate(listActors(doc), next, actorId)
          return updateActor(doc, actorId, patch)
        },
      )
      const response: OrganisationResponse = { organisation }
      return response
    },
  )
}
