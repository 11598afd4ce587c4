import {
  getParticipant,
  newId,
  type OpenWorkshopResponse,
  type Participant,
  registerParticipant,
} from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'
import type { StoredWorkshop } from '../../storage/Store.ts'

type OpenContext = Pick<AppContext, 'store' | 'registry' | 'tokens' | 'config'>

/** The account's participant in the workshop: linked once, registered in the ledger once. */
async function participantOf(
  { store, registry }: OpenContext,
  account: StoredAccount,
  workshopId: string,
): Promise<Participant> {
  const { participantId } = await store.accounts.linkParticipant(workshopId, account.id, newId())
  return registry.write({ workshopId, doc: 'ledger' }, (doc): Participant => {
    const existing = getParticipant(doc, participantId)
    if (existing) return existing
    const participant: Participant = {
      id: participantId,
      displayName: account.displayName,
      role: account.role,
      actorId: null,
      joinedAt: new Date().toISOString(),
    }
    registerParticipant(doc, participant)
    return participant
  })
}

/**
 * [W2] A workshop of the account's workspace (the caller checked that it is), opened as the
 * account's one participant there: a short-lived workshop token of the account's role.
 */
export async function openAsStaff(
  context: OpenContext,
  account: StoredAccount,
  stored: StoredWorkshop,
): Promise<OpenWorkshopResponse> {
  const { tokens, config } = context
  const workshopId = stored.workshop.id
  const participant = await participantOf(context, account, workshopId)
  const token = await tokens.sign(
    { workshopId, participantId: participant.id, role: account.role, actorId: null },
    config.staffTokenTtlMinutes / 60,
  )
  const verified = await tokens.verify(token)
  if (!verified.ok) {
    // [P12] A facilitator removed this account's participant from the workshop.
    throw new ApiError('PARTICIPANT_REMOVED', 'You were removed from this workshop')
  }
  return {
    workshop: stored.workshop,
    joinCode: stored.joinCode,
    token,
    participant,
    expiresAt: new Date(verified.expiresAtMs).toISOString(),
  }
}
