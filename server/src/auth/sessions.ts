import { createHash, randomBytes } from 'node:crypto'
import type {} from '@fastify/cookie'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.ts'
import { ApiError } from '../errors.ts'
import type { AccountStore, StoredAccount } from '../storage/accounts/AccountStore.ts'

/**
 * Staff sessions (docs/workspaces.md): a 256-bit random secret in an httpOnly cookie; the store
 * keeps only its SHA-256, so a leaked database signs nobody in. Every use slides the expiry (and
 * the cookie's Max-Age) forward, so a session used once a month never ends, and it survives a
 * browser restart because it has a Max-Age (not a session cookie).
 *
 * SameSite=Strict: the browser sends the cookie only on requests started from this site, so
 * another site cannot make a signed-in browser act (CSRF). As a second wall, every request that
 * changes something with the session must be JSON (`requireJsonBody`): a cross-site HTML form
 * cannot send `application/json` without a CORS preflight, which this server never grants.
 */

export const SESSION_COOKIE = 'pactboard_session'
const DAY_MS = 24 * 60 * 60 * 1000

export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export interface SessionOptions {
  config: Pick<Config, 'sessionTtlDays' | 'cookieSecure'>
  accounts: AccountStore
  now?: () => Date
}

export interface Sessions {
  /** Starts a session for the account and sets its cookie. */
  start(reply: FastifyReply, accountId: string): Promise<void>
  /** The signed-in account (the session extended, the cookie renewed), or 401 NOT_SIGNED_IN. */
  require(request: FastifyRequest, reply: FastifyReply): Promise<StoredAccount>
  /** Deletes the session row (if any) and clears the cookie. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<void>
}

export function createSessions({
  config,
  accounts,
  now = () => new Date(),
}: SessionOptions): Sessions {
  const ttlMs = config.sessionTtlDays * DAY_MS
  const cookieOptions = {
    path: '/api',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
    maxAge: Math.floor(ttlMs / 1000),
  }
  const setCookie = (reply: FastifyReply, secret: string) =>
    reply.setCookie(SESSION_COOKIE, secret, cookieOptions)
  const clearCookie = (reply: FastifyReply) =>
    reply.clearCookie(SESSION_COOKIE, { ...cookieOptions, maxAge: 0 })

  return {
    async start(reply, accountId) {
      const secret = randomBytes(32).toString('base64url')
      const at = now()
      await accounts.createSession({
        idHash: hashSessionSecret(secret),
        accountId,
        createdAt: at.toISOString(),
        expiresAt: new Date(at.getTime() + ttlMs).toISOString(),
        lastUsedAt: at.toISOString(),
      })
      setCookie(reply, secret)
    },

    async require(request, reply) {
      const secret = request.cookies[SESSION_COOKIE]
      if (!secret) throw new ApiError('NOT_SIGNED_IN', 'Sign in first')
      const at = now()
      const account = await accounts.useSession(
        hashSessionSecret(secret),
        at.toISOString(),
        new Date(at.getTime() + ttlMs).toISOString(),
      )
      if (!account) {
        clearCookie(reply)
        throw new ApiError('NOT_SIGNED_IN', 'The session has ended; sign in again')
      }
      setCookie(reply, secret)
      return account
    },

    async end(request, reply) {
      const secret = request.cookies[SESSION_COOKIE]
      if (secret) await accounts.deleteSession(hashSessionSecret(secret))
      clearCookie(reply)
    },
  }
}

/** The CSRF wall behind SameSite=Strict: a state-changing session request must be JSON. */
export function requireJsonBody(request: FastifyRequest): void {
  const type = request.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError('VALIDATION_FAILED', 'The body must be JSON (application/json)')
  }
}
