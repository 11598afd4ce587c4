import { describe, expect, it } from 'vitest'
import { createAccountLinks } from './accountLinks.ts'
import { createInvites } from './invites.ts'
import { createTokens } from './tokens.ts'

const secret = 's'.repeat(40)

describe('account links', () => {
  it('[W6] signs a link for its own audience: no access token or invite passes as one, nor the other way', async () => {
    const links = createAccountLinks({ secret })
    const { token, path } = await links.sign({ purpose: 'recovery', email: 'Anna@Malmo.se ' })
    expect(path).toBe(`/account/set-password#${token}`)
    expect(await links.verify(token)).toMatchObject({ purpose: 'recovery', email: 'anna@malmo.se' })
    const tokens = createTokens({ secret })
    expect((await tokens.verify(token)).ok).toBe(false)
    expect((await createInvites({ secret }).verify(token)).ok).toBe(false)
    const access = await tokens.sign(
      { workshopId: 'w', participantId: 'p', role: 'facilitator', actorId: null },
      1,
    )
    expect(await links.verify(access)).toBeNull()
    expect(await createAccountLinks({ secret: 'x'.repeat(40) }).verify(token)).toBeNull()
  })

  it('[W6] refuses an expired link', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z')
    const links = createAccountLinks({ secret, now: () => now })
    const { token } = await links.sign({ purpose: 'recovery', email: 'anna@malmo.se' })
    now += 61 * 60 * 1000
    expect(await links.verify(token)).toBeNull()
  })
})
