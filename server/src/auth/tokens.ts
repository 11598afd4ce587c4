import { ROLES, type TokenClaims } from '@pactboard/shared'
import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'
import type { ParticipantStanding } from '../storage/Store.ts'

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

/**
 * `revoked`: genuine and unexpired, but a facilitator removed its participant ([P12]);
 * `gone`: genuine and unexpired, but its workshop was deleted ([G1]).
 */
export type TokenFailure = 'expired' | 'invalid' | 'revoked' | 'gone'
export type VerifyResult =
  | { ok: true; claims: TokenClaims /** when the token stops working */; expiresAtMs: number }
  | { ok: false; reason: TokenFailure }

export interface Tokens {
  /** The caller picks the lifetime: the facilitator's outlives a one-evening participant's. */
  sign(claims: TokenClaims, ttlHours: number): Promise<string>
  verify(token: string): Promise<VerifyResult>
  /**
   * The signature and expiry only, without asking whether the participant was removed: enough to
   * key a rate limit by who is asking, no store lookup. Never grants access.
   */
  verifySignature(token: string): Promise<VerifyResult>
}

export interface TokenOptions {
  secret: string
  /** For tests of expiry; seconds since the epoch. */
  now?: () => number
  /**
   * Asked for every genuine token, so that removing someone or deleting the workshop takes
   * effect at once everywhere a token is checked (API and sync) rather than when it expires.
   */
  standing?: (claims: TokenClaims) => ParticipantStanding | Promise<ParticipantStanding>
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
      const result = await verifySignature(token)
      // Outside the signature's try: a store failure is a server error, not an invalid token.
      if (!result.ok) return result
      const standing = (await options.standing?.(result.claims)) ?? 'active'
      if (standing === 'revoked') return { ok: false, reason: 'revoked' }
      if (standing === 'no_workshop') return { ok: false, reason: 'gone' }
      return result
    },

    verifySignature,
  }

  async function verifySignature(token: string): Promise<VerifyResult> {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        requiredClaims: ['exp'],
        currentDate: new Date(now() * 1000),
      })
      const parsed = claimsSchema.safeParse(payload)
      if (!parsed.success) return { ok: false, reason: 'invalid' }
      return { ok: true, claims: parsed.data, expiresAtMs: (payload.exp ?? 0) * 1000 }
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' }
      return { ok: false, reason: 'invalid' }
    }
  }
}

/** The facilitator's token: the same claims as anyone's, with the facilitator's longer lifetime. */
export function signFacilitatorToken(
  tokens: Tokens,
  workshopId: string,
  participantId: string,
  ttlHours: number,
): Promise<string> {
  return tokens.sign({ workshopId, participantId, role: 'facilitator', actorId: null }, ttlHours)
}
