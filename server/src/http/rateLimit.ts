import fastifyRateLimit, { normalizeIP } from '@fastify/rate-limit'
import type { FastifyInstance, FastifyRequest, RouteShorthandOptions } from 'fastify'
import type { Tokens } from '../auth/tokens.ts'
import type { RateLimits } from '../config.ts'
import { ApiError } from '../errors.ts'

/**
 * Rate limits on the routes an attacker floods (DESIGN §3): each join is a fresh identity with a
 * fresh dot budget, each created or imported workshop a database's worth of rows.
 *
 * The key is the participant when the request carries a genuine token, the client address
 * otherwise. A venue's 300 phones behind one NAT share one address but not one token, so a vote
 * burst passes while 300 joins from one address do not. Tokens are checked for their signature
 * only (no store lookup); a forged or expired one counts against the address, like no token.
 * Behind a proxy the address is right only with TRUST_PROXY.
 */

export type RateLimitedRoute = keyof RateLimits

const WINDOW_MS = 60_000
const BEARER = /^Bearer\s+(\S+)$/i

export async function registerRateLimit(app: FastifyInstance, tokens: Tokens): Promise<void> {
  await app.register(fastifyRateLimit, {
    // Only the routes that ask for it (rateLimitOn).
    global: false,
    async keyGenerator(request: FastifyRequest) {
      // The sync socket carries its token in the query: a browser cannot set a socket's headers.
      const token =
        BEARER.exec(request.headers.authorization ?? '')?.[1] ??
        (request.query as { token?: unknown } | undefined)?.token
      if (typeof token === 'string' && token !== '') {
        const verified = await tokens.verifySignature(token)
        if (verified.ok) return `participant:${verified.claims.participantId}`
      }
      return `address:${normalizeIP(request.ip)}`
    },
    errorResponseBuilder: (_request, context) =>
      new ApiError('RATE_LIMITED', `Too many requests; try again in ${context.after}`),
  })
}

/** Route options for `route`'s limit; each route counts on its own (the plugin's local store). */
export function rateLimitOn(limits: RateLimits, route: RateLimitedRoute): RouteShorthandOptions {
  return { config: { rateLimit: { max: limits[route], timeWindow: WINDOW_MS } } }
}
