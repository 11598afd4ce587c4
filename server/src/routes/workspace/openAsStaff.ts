import type { OpenWorkshopResponse } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import { ApiError } from '../../errors.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'
import type { StoredWorkshop } from '../../storage/Store.ts'
import { staffParticipant } from './staffParticipant.ts'

type OpenContext = Pick<AppContext, 'store' | 'registry' | 'tokens' | 'config'>

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
  const participant = await staffParticipant(context, account, workshopId)
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
