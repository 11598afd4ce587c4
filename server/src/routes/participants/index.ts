import {
  can,
  type ErasePersonResponse,
  getParticipant,
  listParticipants,
  markParticipantRemoved,
  type Participant,
  type RemoveParticipantResponse,
} from '@pactboard/shared'
import type { FastifyPluginAsync } from 'fastify'
import type * as Y from 'yjs'
import { requireWorkshopClaims } from '../../auth/bearer.ts'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import { erasePerson } from '../../privacy/erasePerson.ts'
import { requireWorkshop } from '../requireWorkshop.ts'

/**
 * `POST /api/workshops/:id/participants/:participantId/erase`: a facilitator erases someone's
 * data ([P23] [G2], privacy/erasePerson.ts); they are removed too.
 *
 * `DELETE /api/workshops/:id/participants/:participantId`: a facilitator removes someone ([P12]).
 * The ledger keeps them, marked removed (their proposals and votes still name them); the store
 * revokes their token, so the API answers them 401 PARTICIPANT_REMOVED and sync refuses them
 * with 4410; their open connections on every doc close at once with 4410.
 */
export const participantRoutes: FastifyPluginAsync<AppContext> = async (app, context) => {
  const { store, tokens, registry } = context

  app.post<{ Params: { id: string; participantId: string } }>(
    '/api/workshops/:id/participants/:participantId/erase',
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      if (!can(claims.role, 'erasePerson')) {
        throw new ApiError('FORBIDDEN', "Only a facilitator erases a person's data")
      }
      const workshop = await requireWorkshop(store, claims.workshopId)
      const participant = await erasePerson(context, {
        workshop,
        participantId: request.params.participantId,
        by: claims.participantId,
      })
      // Ids only: the record that it was done, not of whom by name (art. 5(2) accountability).
      request.log.info(
        { workshopId: claims.workshopId, participantId: participant.id, by: claims.participantId },
        'person erased by a facilitator',
      )
      const response: ErasePersonResponse = { participant }
      return response
    },
  )

  app.delete<{ Params: { id: string; participantId: string } }>(
    '/api/workshops/:id/participants/:participantId',
    async (request) => {
      const claims = await requireWorkshopClaims(request, tokens, request.params.id)
      if (!can(claims.role, 'removeParticipant')) {
        throw new ApiError('FORBIDDEN', 'Only a facilitator removes people from the workshop')
      }
      const { workshopId } = claims
      const { participantId } = request.params
      await requireWorkshop(store, workshopId)
      // Check and mark inside one ledger write, which the room runs in order: two facilitators
      // removing each other at once cannot both pass the last-facilitator check.
      const participant = await registry.write({ workshopId, doc: 'ledger' }, (doc) => {
        const target = getParticipant(doc, participantId)
        if (!target) throw new ApiError('NOT_FOUND', 'No such participant in this workshop')
        if (target.removed) return target
        if (can(target.role, 'removeParticipant') && countWhoCanRemove(doc) <= 1) {
          throw new ApiError(
            'VALIDATION_FAILED',
            'The last facilitator cannot be removed: invite another facilitator first',
          )
        }
        return markParticipantRemoved(doc, participantId, claims.participantId)
      })
      // Also when they were already marked: a retry after a failed revocation completes it.
      await store.revokeParticipant(workshopId, participantId, participant.removed?.at ?? '')
      registry.removeParticipant(workshopId, participantId)
      const response: RemoveParticipantResponse = { participant }
      return response
    },
  )
}

/** People still in the workshop who could run it (remove others, lock joining). */
function countWhoCanRemove(doc: Y.Doc): number {
  return listParticipants(doc).filter(
    (p: Participant) => !p.removed && can(p.role, 'removeParticipant'),
  ).length
}
