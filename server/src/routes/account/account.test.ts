import type { SessionResponse } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { hashSessionSecret, SESSION_COOKIE } from '../../auth/sessions.ts'
import { setUpWorkspace, signIn } from './staffTestKit.ts'

describe('staff sessions and the administrator’s links', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer({ RATE_LIMIT_SIGN_IN_PER_EMAIL_PER_MINUTE: '50' })
  })
  afterAll(() => server.close())

  it('sets a password from a setup link: the workspace and its administrator exist, signed in at once', async () => {
    const { cookie, session } = await setUpWorkspace(server, 'setup@malmo.se')
    expect(session.workspace).toMatchObject({ name: 'Malmö stad', kind: 'city', language: 'sv' })
    expect(session.account).toMatchObject({
      email: 'setup@malmo.se',
      role: 'facilitator',
      isAdmin: true,
    })
    expect(session.account).not.toHaveProperty('passwordHash')
    const me = await server.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } })
    expect(me.statusCode).toBe(200)
    expect(me.json<SessionResponse>().account.email).toBe('setup@malmo.se')
  })

  it('[W4] sets an httpOnly, SameSite=Strict cookie that outlives the browser, and keeps only its hash', async () => {
    const { response } = await signIn(server, 'cookie@malmo.se', true)
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Strict/i)
    expect(setCookie).toMatch(/Max-Age=2592000/)
    expect(setCookie).not.toMatch(/Secure/i)
    const secret = /pactboard_session=([^;]+)/.exec(setCookie)?.[1] ?? ''
    expect(secret.length).toBeGreaterThanOrEqual(40)
    const account = await server.context.store.accounts.findAccountByEmail('cookie@malmo.se')
    // the store finds the session by the hash; the secret itself opens nothing there
    const now = new Date().toISOString()
    expect(await server.context.store.accounts.useSession(secret, now, now)).toBeNull()
    expect(
      (await server.context.store.accounts.useSession(hashSessionSecret(secret), now, now))?.id,
    ).toBe(account?.id)
  })

  it('[W5] says only "wrong email or password", for a wrong password and for an unknown email alike', async () => {
    await setUpWorkspace(server, 'known@malmo.se')
    const attempt = (email: string, password: string) =>
      server.app.inject({ method: 'POST', url: '/api/session', payload: { email, password } })
    const wrong = await attempt('known@malmo.se', 'not the password')
    const unknown = await attempt('nobody@malmo.se', 'not the password')
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401)
      expect(response.json().error).toEqual({
        code: 'SIGN_IN_FAILED',
        message: 'Wrong email or password',
      })
      expect(response.headers['set-cookie']).toBeUndefined()
    }
    const right = await attempt('  KNOWN@malmo.se', 'a long enough password')
    expect(right.statusCode).toBe(200)
  })

  it('[W4] signs out: the session row goes, and the old cookie is 401 NOT_SIGNED_IN afterwards', async () => {
    const { cookie } = await setUpWorkspace(server, 'out@malmo.se')
    const out = await server.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie },
    })
    expect(out.statusCode).toBe(204)
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/)
    const after = await server.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie },
    })
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('NOT_SIGNED_IN')
  })

  it('[W4] answers 401 NOT_SIGNED_IN without a cookie, with a forged one, and with an expired session', async () => {
    const none = await server.app.inject({ method: 'GET', url: '/api/session' })
    expect(none.json().error.code).toBe('NOT_SIGNED_IN')
    const forged = await server.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie: `${SESSION_COOKIE}=${'A'.repeat(43)}` },
    })
    expect(forged.statusCode).toBe(401)
    const { cookie } = await setUpWorkspace(server, 'expired@malmo.se')
    const account = await server.context.store.accounts.findAccountByEmail('expired@malmo.se')
    const secret = cookie.split('=')[1] ?? ''
    // the session's expiry moved into the past, as after 30 days unused
    const past = '2000-01-01T00:00:00.000Z'
    await server.context.store.accounts.useSession(hashSessionSecret(secret), past, past)
    const expired = await server.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { cookie },
    })
    expect(expired.statusCode).toBe(401)
    expect(expired.json().error.code).toBe('NOT_SIGNED_IN')
    expect(account).not.toBeNull()
  })

  it('[W6] a setup link works once: the second use is 410, and so is a forged or foreign token', async () => {
    const { link } = await setUpWorkspace(server, 'once@malmo.se')
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { link, password: 'another long password' },
    })
    expect(again.statusCode).toBe(410)
    expect(again.json().error.code).toBe('ACCOUNT_LINK_INVALID')
    const forged = await server.app.inject({
      method: 'POST',
      url: '/api/account/link',
      payload: { link: `${link.slice(0, -4)}AAAA` },
    })
    expect(forged.statusCode).toBe(410)
    const created = await server.createWorkshop()
    const access = await server.app.inject({
      method: 'POST',
      url: '/api/account/link',
      payload: { link: created.facilitatorToken },
    })
    expect(access.statusCode).toBe(410)
  })

  it('[W6] a recovery link sets a new password once, ends the old sessions, and dies when used', async () => {
    const { cookie: oldCookie } = await setUpWorkspace(server, 'lost@malmo.se')
    const { token } = await server.context.accountLinks.sign({
      purpose: 'recovery',
      email: 'lost@malmo.se',
    })
    const info = await server.app.inject({
      method: 'POST',
      url: '/api/account/link',
      payload: { link: token },
    })
    expect(info.json()).toEqual({
      purpose: 'recovery',
      email: 'lost@malmo.se',
      workspaceName: 'Malmö stad',
    })
    const reset = await server.app.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { link: token, password: 'a brand new password' },
    })
    expect(reset.statusCode).toBe(200)
    expect(
      (
        await server.app.inject({
          method: 'GET',
          url: '/api/session',
          headers: { cookie: oldCookie },
        })
      ).statusCode,
    ).toBe(401)
    const reuse = await server.app.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { link: token, password: 'the thief’s password' },
    })
    expect(reuse.statusCode).toBe(410)
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'lost@malmo.se', password: 'a brand new password' },
    })
    expect(signIn.statusCode).toBe(200)
    // a recovery link for nobody is as dead as a used one
    const { token: nobody } = await server.context.accountLinks.sign({
      purpose: 'recovery',
      email: 'nobody@malmo.se',
    })
    const none = await server.app.inject({
      method: 'POST',
      url: '/api/account/link',
      payload: { link: nobody },
    })
    expect(none.statusCode).toBe(410)
  })

  it('refuses a password shorter than 8 characters', async () => {
    const { token } = await server.context.accountLinks.sign({
      purpose: 'setup',
      email: 'short@malmo.se',
      displayName: 'Short',
      workspace: { id: 'ws-short', name: 'Short', kind: 'city', language: 'en' },
    })
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/account/password',
      payload: { link: token, password: 'short' },
    })
    expect(response.statusCode).toBe(400)
    expect(response.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('[W4] refuses a state-changing request with the cookie that is not JSON (a cross-site form)', async () => {
    const { cookie } = await setUpWorkspace(server, 'csrf@malmo.se')
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workspace/workshops',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: 'title=Forged&city=Evil',
    })
    expect(response.statusCode).toBe(400)
    expect(await server.context.store.accounts.listWorkspaceWorkshops('ws-csrf@malmo.se')).toEqual(
      [],
    )
  })
})

describe('[W5] sign-in rate limits', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer({
      RATE_LIMIT_SIGN_IN_PER_EMAIL_PER_MINUTE: '3',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '6',
    })
  })
  afterAll(() => server.close())

  const attempt = (email: string, ip: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/session',
      remoteAddress: ip,
      payload: { email, password: 'guess' },
    })

  it('limits attempts per email from any address, and per address for any email', async () => {
    const codes: number[] = []
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) {
      codes.push((await attempt('target@malmo.se', ip)).statusCode)
    }
    expect(codes).toEqual([401, 401, 401, 429])
    const spread: number[] = []
    for (let i = 0; i < 7; i++)
      spread.push((await attempt(`user${i}@malmo.se`, '10.0.0.9')).statusCode)
    expect(spread.slice(0, 6).every((code) => code === 401)).toBe(true)
    expect(spread[6]).toBe(429)
  })
})

describe('[W4] the session cookie over https', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer({ COOKIE_SECURE: 'true', SESSION_TTL_DAYS: '7' })
  })
  afterAll(() => server.close())

  it('is Secure when COOKIE_SECURE is set, and lasts SESSION_TTL_DAYS', async () => {
    const { response } = await signIn(server, 'https@malmo.se', true)
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(/; Secure/i)
    expect(setCookie).toMatch(/Max-Age=604800/)
    expect(setCookie).toMatch(/Path=\/api/)
  })
})
