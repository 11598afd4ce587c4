import type { TokenClaims } from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { createTokens } from './tokens.ts'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const claims: TokenClaims = {
  workshopId: 'w-1',
  participantId: 'p-1',
  role: 'participant',
  actorId: null,
}

describe('tokens', () => {
  it('carry workshop, participant, role and organisation', async () => {
    const tokens = createTokens({ secret })
    const token = await tokens.sign({ ...claims, actorId: 'a-1' }, 24)
    expect(await tokens.verify(token)).toEqual({
      ok: true,
      claims: { ...claims, actorId: 'a-1' },
      expiresAtMs: expect.any(Number),
    })
  })

  it('[P12] are refused once their participant is revoked', async () => {
    const revoked = new Set<string>()
    const tokens = createTokens({
      secret,
      standing: (c) => (revoked.has(c.participantId) ? 'revoked' : 'active'),
    })
    const token = await tokens.sign(claims, 24)
    expect((await tokens.verify(token)).ok).toBe(true)
    revoked.add('p-1')
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'revoked' })
  })

  it('[G1] are refused once their workshop is gone', async () => {
    let deleted = false
    const tokens = createTokens({ secret, standing: () => (deleted ? 'no_workshop' : 'active') })
    const token = await tokens.sign(claims, 24)
    expect((await tokens.verify(token)).ok).toBe(true)
    deleted = true
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'gone' })
    // the signature alone still checks out (rate limits key on it), but grants nothing
    expect((await tokens.verifySignature(token)).ok).toBe(true)
  })

  it('expire after their lifetime', async () => {
    let nowSeconds = 1_800_000_000
    const tokens = createTokens({ secret, now: () => nowSeconds })
    const token = await tokens.sign(claims, 24)
    nowSeconds += 23 * 3600
    expect((await tokens.verify(token)).ok).toBe(true)
    nowSeconds += 2 * 3600
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'expired' })
  })

  it('cannot be upgraded: a changed claim breaks the signature', async () => {
    const tokens = createTokens({ secret })
    const [header, payload, signature] = (await tokens.sign(claims, 24)).split('.')
    const upgraded = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        role: 'facilitator',
      }),
    ).toString('base64url')
    expect(await tokens.verify(`${header}.${upgraded}.${signature}`)).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })

  it('are refused when signed with another secret or not tokens at all', async () => {
    const other = await createTokens({ secret: `${secret}-other` }).sign(claims, 24)
    const tokens = createTokens({ secret })
    expect((await tokens.verify(other)).ok).toBe(false)
    expect((await tokens.verify('not.a.token')).ok).toBe(false)
  })
})
