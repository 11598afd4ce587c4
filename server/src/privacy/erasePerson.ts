import {
  type Actor,
  can,
  clearReportReasonsBy,
  clearResponsiblePerson,
  getActor,
  getParticipant,
  languagePack,
  listActors,
  listParticipants,
  markParticipantErased,
  newId,
  type Participant,
  participantNumber,
  removeCommentsBy,
  type Workshop,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { ApiError } from '../errors.ts'
import { writeToBoards } from '../routes/organisations/workspaceDirectory.ts'
import type { Store } from '../storage/Store.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'

/**
 * [G2] Erases a person from a workshop, as the server: through the docs' own rooms (each change a
 * server write, stored and relayed like any update, so connected screens follow and nothing
 * behind a room's back disagrees with the store) and the store's own tables.
 *
 *   1. ledger (one write, which also checks): their entry becomes "Former participant N" with no
 *      organisation, removed and erased; their reports keep no words
 *   2. store (one transaction): token revoked, versions they saved signed with the former name,
 *      their dots moved to an id of nobody's
 *   3. their sockets close (4410), as for a removal
 *   4. board (one write): their comments removed, their name off any actor it stood on; their
 *      measures stay, proposed by the former participant; a workspace's organisation among those
 *      actors loses them in the workspace's directory and on every board that holds it ([W24])
 *   5. ledger and boards compacted at once: the log of updates that held the old name and the
 *      comments is folded into a snapshot of the docs as they now are, which holds neither
 */

export interface ErasePersonRequest {
  workshop: Workshop
  participantId: string
  /** The facilitator erasing them. */
  by: string
  now?: Date
}

export async function erasePerson(
  deps: { store: Store; registry: RoomRegistry },
  request: ErasePersonRequest,
): Promise<Participant> {
  const { store, registry } = deps
  const { workshop, participantId, by } = request
  const now = request.now ?? new Date()
  const workshopId = workshop.id
  const ledgerKey = { workshopId, doc: 'ledger' } as const
  const boardKey = { workshopId, doc: 'board' } as const

  const { participant, oldName } = await registry.write(ledgerKey, (doc) => {
    const target = getParticipant(doc, participantId)
    if (!target) throw new ApiError('NOT_FOUND', 'No such participant in this workshop')
    if (target.erased) return { participant: target, oldName: null }
    if (!target.removed && can(target.role, 'erasePerson') && countWhoCanErase(doc) <= 1) {
      throw new ApiError(
        'VALIDATION_FAILED',
        'The last facilitator cannot be erased: invite another facilitator first',
      )
    }
    const number = participantNumber(doc, participantId) ?? listParticipants(doc).length
    const formerName = languagePack(workshop.language).workshop.formerParticipant(number)
    clearReportReasonsBy(doc, participantId)
    const erased = markParticipantErased(doc, participantId, { formerName, by, now })
    return { participant: erased, oldName: target.displayName }
  })
  // Also when they were erased before: a retry after a failure half-way completes the rest.
  await store.erasePerson({
    workshopId,
    participantId,
    formerName: participant.displayName,
    erasedAt: participant.erased?.at ?? now.toISOString(),
    anonymousVoterId: `erased-${newId()}`,
  })
  registry.removeParticipant(workshopId, participantId)
  const unsigned = await registry.write(boardKey, (doc) => {
    removeCommentsBy(doc, participantId)
    if (oldName === null) return []
    const before = listActors(doc)
    clearResponsiblePerson(doc, oldName)
    return before.filter((a) => a.responsiblePerson !== getActor(doc, a.id)?.responsiblePerson)
  })
  const boards = await unsignWorkspaceOrganisations(deps, workshopId, unsigned)
  await registry.compactNow(ledgerKey)
  for (const id of new Set([workshopId, ...boards])) {
    await registry.compactNow({ workshopId: id, doc: 'board' })
  }
  return participant
}

/**
 * [W24] An organisation of the workspace that lost its signatory on this board loses them in the
 * workspace's directory too, and on every board that holds it: the name is the same person's
 * wherever the organisation is. The workshops whose board changed, to compact.
 */
async function unsignWorkspaceOrganisations(
  deps: { store: Store; registry: RoomRegistry },
  workshopId: string,
  unsigned: readonly Actor[],
): Promise<string[]> {
  const workspaceId = await deps.store.accounts.workshopWorkspace(workshopId)
  if (workspaceId === null) return []
  const boards: string[] = []
  for (const { id, responsiblePerson } of unsigned) {
    const record = await deps.store.organisations.getOrganisation(workspaceId, id)
    if (!record || !sameName(record.responsiblePerson, responsiblePerson)) continue
    const cleared = await deps.store.organisations.updateOrganisation(
      workspaceId,
      id,
      { responsiblePerson: '', position: '' },
      new Date().toISOString(),
    )
    boards.push(...(await writeToBoards(deps, workspaceId, cleared)))
  }
  return boards
}

const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase()

/** People still in the workshop who could run it, as for a removal ([P12]). */
function countWhoCanErase(doc: Y.Doc): number {
  return listParticipants(doc).filter((p) => !p.removed && can(p.role, 'erasePerson')).length
}
