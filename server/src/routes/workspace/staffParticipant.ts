import { getParticipant, newId, type Participant, registerParticipant } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'
import type { StoredAccount } from '../../storage/accounts/AccountStore.ts'

/**
 * A staff account's participant in one of its workspace's workshops: linked once in the store,
 * registered once in the workshop's ledger with the account's name and role, so what the account
 * does there (open it, put a measure on its board) is done by one person of that workshop.
 */
export async function staffParticipant(
  { store, registry }: Pick<AppContext, 'store' | 'registry'>,
  account: StoredAccount,
  workshopId: string,
  proposedId: string = newId(),
): Promise<Participant> {
  const { participantId } = await store.accounts.linkParticipant(workshopId, account.id, proposedId)
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
