import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'

/**
 * [W12] A proposer's own link to come back to "What happened to my proposals" weeks later, after
 * their workshop token (a day by default) has run out: a JWT signed with the server's SECRET for
 * its own audience, naming the workshop and the participant and nothing else. It reads that
 * person's proposals and their outcomes; it is refused as an access token everywhere else (other
 * audience), and refused here once the person was removed or erased, or the workshop deleted
 * (the route asks the store each time, as for access tokens).
 */

const ALGORITHM = 'HS256'
const ISSUER = 'pactboard'
const AUDIENCE = 'pactboard:follow'

/** A year: plans are written over months, and a workshop's data goes with RETENTION_DAYS anyway. */
export const FOLLOW_LINK_DAYS = 365
export const FOLLOW_PATH = '/follow'

const followClaimsSchema = z.object({
  workshopId: z.string().min(1).max(64),
  participantId: z.string().min(1).max(64),
})
export type FollowClaims = z.infer<typeof followClaimsSchema>

export interface FollowLinks {
  sign(claims: FollowClaims): Promise<{ path: string; expiresAt: Date }>
  /** The claims, or null for a link that is forged, expired or not a follow link. */
  verify(token: string): Promise<FollowClaims | null>
}

export function createFollowLinks(options: { secret: string; now?: () => number }): FollowLinks {
  const key = new TextEncoder().encode(options.secret)
  const nowMs = options.now ?? (() => Date.now())
  return {
    async sign(claims) {
      const parsed = followClaimsSchema.parse(claims)
      const issuedAtS = Math.floor(nowMs() / 1000)
      const expiresAtS = issuedAtS + FOLLOW_LINK_DAYS * 24 * 3600
      const token = await new SignJWT({ ...parsed })
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAtS)
        .setExpirationTime(expiresAtS)
        .sign(key)
      // In the fragment: a browser sends it to no server, no log and no Referer.
      return { path: `${FOLLOW_PATH}#${token}`, expiresAt: new Date(expiresAtS * 1000) }
    },

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp'],
          currentDate: new Date(nowMs()),
        })
        const claims = followClaimsSchema.safeParse(payload)
        return claims.success ? claims.data : null
      } catch (error) {
        if (error instanceof errors.JOSEError) return null
        throw error
      }
    },
  }
}
