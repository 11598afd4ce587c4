import { ROLES, type Role } from '@pactboard/shared'

/**
 * What an invite link offers, read from its token's payload for display only ("You are invited
 * as planner", "… to represent Umeå Energi"); the server verifies the signature and decides.
 */
export interface InviteOffer {
  role: Role | null
  organisationName: string | null
}

function payloadOf(invite: string): Record<string, unknown> | null {
  const payload = invite.split('.')[1]
  if (!payload) return null
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) =>
      c.charCodeAt(0),
    )
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

export function inviteOfferOf(invite: string): InviteOffer {
  const payload = payloadOf(invite)
  const role = payload?.role
  const name = payload?.organisationName
  return {
    role: (ROLES as readonly unknown[]).includes(role) ? (role as Role) : null,
    organisationName: typeof name === 'string' && name.trim() !== '' ? name : null,
  }
}

export function inviteRoleOf(invite: string): Role | null {
  return inviteOfferOf(invite).role
}
