import { ROLES, type TokenClaims } from '@pactboard/shared'
import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'

/**
 * Signed bearer tokens (JWT, HS256 with the server secret). A token is the whole identity of a
 * participant: it names the workshop, the participant, their role and organisation, and expires.
 * Clients cannot change a claim without the secret, so they cannot upgrade their role.
 */

const ALGORITHM = 'HS256'
const ISSUER = 'pactboard'

const claimsSchema = z.object({
  workshopId: z.string().min(1),
  participantId: z.string().min(1),
  role: z.enum(ROLES),
  actorId: z.string().min(1).nullable(),
})

export type TokenFailure = 'expired' | 'invalid'
export type VerifyResult = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenFailure }

export interface Tokens {
  /** The caller picks the lifetime: the facilitator's outlives a one-evening participant's. */
  sign(claims: TokenClaims, ttlHours: number): Promise<string>
  verify(token: string): Promise<VerifyResult>
}

export interface TokenOptions {
  secret: string
  /** For tests of expiry; seconds since the epoch. */
  now?: () => number
}

export function createTokens(options: TokenOptions): Tokens {
  const key = new TextEncoder().encode(options.secret)
  const now = options.now ?? (() => Math.floor(Date.now() / 1000))

  return {
    async sign(claims, ttlHours) {
      const issuedAt = now()
      return new SignJWT({ ...claims })
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(ISSUER)
        .setSubject(claims.participantId)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + Math.round(ttlHours * 3600))
        .sign(key)
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          requiredClaims: ['exp'],
          currentDate: new Date(now() * 1000),
        })
        const parsed = claimsSchema.safeParse(payload)
        if (!parsed.success) return { ok: false, reason: 'invalid' }
        return { ok: true, claims: parsed.data }
      } catch (error) {
        if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' }
        return { ok: false, reason: 'invalid' }
      }
    },
  }
}
