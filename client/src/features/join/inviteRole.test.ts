import { describe, expect, it } from 'vitest'
import { inviteRoleOf } from './inviteRole.ts'

const tokenWith = (payload: object) =>
  `h.${btoa(JSON.stringify(payload)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.s`

describe('inviteRoleOf', () => {
  it('reads the role an invite offers', () => {
    expect(inviteRoleOf(tokenWith({ workshopId: 'w', role: 'planner' }))).toBe('planner')
  })

  it('gives null for anything that is not an invite with a known role', () => {
    expect(inviteRoleOf('garbage')).toBeNull()
    expect(inviteRoleOf(tokenWith({ role: 'king' }))).toBeNull()
    expect(inviteRoleOf('a.%%%.c')).toBeNull()
  })
})
