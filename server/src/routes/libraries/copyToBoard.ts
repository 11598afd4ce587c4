import {
  addMeasure,
  type Library,
  type LibraryMeasure,
  languagePack,
  measureFieldsFromLibrary,
  type Workshop,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'
import { staffParticipant } from '../workspace/staffParticipant.ts'

/**
 * [W19] A library measure copied onto a workshop's board as a starting point: a new `proposed`
 * measure, written by the server as every server write to a board is (stored, then relayed to
 * every screen of the workshop), proposed by the staff member's own participant in that workshop,
 * as if they had typed it. Its description opens with the credit in the workshop's language.
 */
export async function copyToBoard(
  context: Pick<AppContext, 'store' | 'registry'>,
  account: StoredAccount,
  library: Library,
  measure: LibraryMeasure,
  workshop: Workshop,
): Promise<string> {
  const participant = await staffParticipant(context, account, workshop.id)
  // [P12] A facilitator removed this account's participant: it writes nothing there any more.
  if ((await context.store.participantStanding(workshop.id, participant.id)) !== 'active') {
    throw new ApiError('PARTICIPANT_REMOVED', 'You were removed from this workshop')
  }
  const credit = languagePack(workshop.language).workshop.adaptedFrom(
    library.origin.name,
    library.year,
  )
  const added = await context.registry.write({ workshopId: workshop.id, doc: 'board' }, (doc) =>
    addMeasure(doc, {
      fields: measureFieldsFromLibrary(measure.fields, credit),
      proposer: { participantId: participant.id, actorId: null },
    }),
  )
  return added.id
}
