import { type CreateInviteResponse, newId, type Role } from '@pactboard/shared'
import type { AppContext } from '../../context.ts'

// Long enough to send a link a few days before the workshop; the access token issued on joining
// then has its own lifetime.
const INVITE_TTL_HOURS = 7 * 24

export interface InviteOrder {
  workshopId: string
  role: Role
  /** [P26] The organisation whoever joins represents, and its name for the join screen. */
  organisation: { id: string; name: string } | null
  /** The participant who made it: a facilitator's, or a staff account's in that workshop. */
  createdBy: string
}

/**
 * Signs an invite link and records it ([P6]): the facilitator's route and the workspace's
 * organisations' route ([W23]) make links the same way, so `GET …/invites` lists both and
 * `DELETE` revokes either.
 */
export async function issueInvite(
  { store, invites }: Pick<AppContext, 'store' | 'invites'>,
  order: InviteOrder,
): Promise<CreateInviteResponse> {
  const { workshopId, role, organisation, createdBy } = order
  const inviteId = newId()
  const actorId = organisation?.id
  const { token, expiresAt } = await invites.sign(
    { workshopId, role, inviteId, actorId, organisationName: organisation?.name },
    INVITE_TTL_HOURS,
  )
  // Recorded before the link leaves: a link the store does not know would be irrevocable.
  await store.saveInvite({
    id: inviteId,
    workshopId,
    role,
    createdAt: new Date().toISOString(),
    expiresAt: expiresAt.toISOString(),
    createdBy,
    revokedAt: null,
    actorId: actorId ?? null,
  })
  return {
    invite: {
      id: inviteId,
      token,
      role,
      actorId: actorId ?? null,
      expiresAt: expiresAt.toISOString(),
      path: `/join?invite=${encodeURIComponent(token)}`,
    },
  }
}
