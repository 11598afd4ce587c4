import { describe, expect, it } from 'vitest'
import { inviteOfferOf, inviteRoleOf } from './inviteRole.ts'

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

describe('inviteOfferOf', () => {
  const utf8TokenWith = (payload: object) => {
    const bytes = new TextEncoder().encode(JSON.stringify(payload))
    const binary = String.fromCharCode(...bytes)
    return `h.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.s`
  }

  it('[P26] reads the organisation a company invite is for, in any script', () => {
    expect(
      inviteOfferOf(
        utf8TokenWith({ role: 'company', actorId: 'a1', organisationName: 'Umeå Energi' }),
      ),
    ).toEqual({ role: 'company', organisationName: 'Umeå Energi' })
  })

  it('gives no organisation for other invites or a name that is not text', () => {
    expect(inviteOfferOf(tokenWith({ role: 'planner' })).organisationName).toBeNull()
    expect(
      inviteOfferOf(tokenWith({ role: 'company', organisationName: 7 })).organisationName,
    ).toBeNull()
  })
})
