import { describe, expect, it } from 'vitest'
import { createAccountLinks } from './accountLinks.ts'
import { createFollowLinks, FOLLOW_LINK_DAYS, FOLLOW_PATH } from './followLinks.ts'
import { createTokens } from './tokens.ts'

const SECRET = 'a-test-secret-that-is-long-enough-1234'
const DAY_MS = 24 * 3600 * 1000
const claims = { workshopId: 'w1', participantId: 'p1' }
const tokenOf = (path: string) => path.slice(`${FOLLOW_PATH}#`.length)

describe('[W12] a proposer’s follow link', () => {
  it('reads back its workshop and participant, in the fragment of a /follow link', async () => {
    const links = createFollowLinks({ secret: SECRET })
    const { path } = await links.sign(claims)
    expect(path.startsWith(`${FOLLOW_PATH}#`)).toBe(true)
    expect(await links.verify(tokenOf(path))).toEqual(claims)
  })

  it('lasts a year, not a day longer', async () => {
    let now = Date.parse('2026-03-01T18:00:00Z')
    const links = createFollowLinks({ secret: SECRET, now: () => now })
    const token = tokenOf((await links.sign(claims)).path)
    now += (FOLLOW_LINK_DAYS - 1) * DAY_MS
    expect(await links.verify(token)).toEqual(claims)
    now += 2 * DAY_MS
    expect(await links.verify(token)).toBeNull()
  })

  it('refuses a link signed with another secret, or changed', async () => {
    const theirs = createFollowLinks({ secret: 'another-secret-that-is-long-enough-99' })
    const token = tokenOf((await theirs.sign(claims)).path)
    const ours = createFollowLinks({ secret: SECRET })
    expect(await ours.verify(token)).toBeNull()
    const [header, , signature] = tokenOf((await ours.sign(claims)).path).split('.')
    const forged = Buffer.from(JSON.stringify({ ...claims, participantId: 'p2' })).toString(
      'base64url',
    )
    expect(await ours.verify(`${header}.${forged}.${signature}`)).toBeNull()
  })

  it('is no access token, and no access token or account link is a follow link', async () => {
    const links = createFollowLinks({ secret: SECRET })
    const tokens = createTokens({ secret: SECRET })
    const follow = tokenOf((await links.sign(claims)).path)
    expect((await tokens.verify(follow)).ok).toBe(false)

    const access = await tokens.sign({ ...claims, role: 'participant', actorId: null }, 24)
    expect(await links.verify(access)).toBeNull()
    const account = await createAccountLinks({ secret: SECRET }).sign({
      purpose: 'recovery',
      email: 'anna@malmo.se',
    })
    expect(await links.verify(account.token)).toBeNull()
  })
})
