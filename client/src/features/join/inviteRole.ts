import { ROLES, type Role } from '@pactboard/shared'

/**
 * The role an invite link offers, read from its token's payload for display only ("You are
 * invited as planner"); the server verifies the signature and decides the role.
 */
export function inviteRoleOf(invite: string): Role | null {
  const payload = invite.split('.')[1]
  if (!payload) return null
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'))
    const role: unknown = JSON.parse(json).role
    return (ROLES as readonly unknown[]).includes(role) ? (role as Role) : null
  } catch {
    return null
  }
}
