import {
  type Actor,
  actorInputSchema,
  actorPatchSchema,
  addActor,
  can,
  findSameOrganisation,
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

/**
 * The workshop's directory of organisations ([P25]): the `actors` of the board doc, which only the
 * server writes. A facilitator adds organisations (the city's departments and companies among
 * them, before anyone arrives) and edits any; a representative edits their own. Everyone reads
 * the directory from the board doc itself.
 */

type Params = { id: string }

/** [P25] One organisation per name or number: the one already there, as an error. */
export function refuseDuplicate(
  actors: readonly Actor[],
  candidate: { name: string; orgNumber?: string | undefined },
  except: string | null = null,
): void {
  const same = findSameOrganisation(
    actors.filter((a) => a.id !== except),
    candidate,
  )
  if (same) {
    throw new ApiError(
      'ORGANISATION_EXISTS',
      `${same.name} is already in this workshop; its people join with its invite link`,
    )
  }
}

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
    // the check and the write in one write of the board, so two adds cannot both pass it
    const organisation = await registry.write(
      { workshopId: claims.workshopId, doc: 'board' },
      (doc) => {
        refuseDuplicate(listActors(doc), input)
        return addActor(doc, input)
      },
    )
    const response: OrganisationResponse = { organisation }
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
