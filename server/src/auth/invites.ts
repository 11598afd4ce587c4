import { ROLES, type Role } from '@pactboard/shared'
import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'

/**
 * Invite tokens: signed like access tokens but for another audience, so an invite can never be
 * used as an access token (nor the other way round). An invite says which workshop and which role
 * its bearer joins as; the facilitator hands it out as a link.
 */

const ALGORITHM = 'HS256'
const ISSUER = 'pactboard'
const AUDIENCE = 'pactboard:invite'

const inviteClaimsSchema = z.object({
  workshopId: z.string().min(1),
  role: z.enum(ROLES),
  jti: z.string().min(1).optional(),
  actorId: z.string().min(1).max(64).optional(),
})
export interface InviteClaims {
  workshopId: string
  role: Role
  /**
   * The invite's record in the store (the JWT's `jti`), which says whether it was revoked.
   * Absent only in links made before invites were recorded: they run out within their 7 days.
   */
  inviteId?: string
  /** [P26] The organisation a company representative joins as; signed, so nobody changes it. */
  actorId?: string | undefined
  /** Its name when the link was made, for the join screen to say; the server reads `actorId`. */
  organisationName?: string | undefined
}

export type InviteResult =
  | { ok: true; claims: InviteClaims }
  | { ok: false; reason: 'expired' | 'invalid' }

export interface Invites {
  sign(
    claims: InviteClaims & { inviteId: string },
    ttlHours: number,
  ): Promise<{ token: string; expiresAt: Date }>
  verify(token: string): Promise<InviteResult>
}

export function createInvites(options: { secret: string; now?: () => number }): Invites {
  const key = new TextEncoder().encode(options.secret)
  const now = options.now ?? (() => Math.floor(Date.now() / 1000))
  return {
    async sign(claims, ttlHours) {
      const issuedAt = now()
      const expiresAtS = issuedAt + Math.round(ttlHours * 3600)
      const token = await new SignJWT({
        workshopId: claims.workshopId,
        role: claims.role,
        ...(claims.actorId ? { actorId: claims.actorId } : {}),
        ...(claims.organisationName ? { organisationName: claims.organisationName } : {}),
      })
        .setProtectedHeader({ alg: ALGORITHM })
        .setJti(claims.inviteId)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAtS)
        .sign(key)
      return { token, expiresAt: new Date(expiresAtS * 1000) }
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          issuer: ISSUER,
          audience: AUDIENCE,
          requiredClaims: ['exp'],
          currentDate: new Date(now() * 1000),
        })
        const parsed = inviteClaimsSchema.safeParse(payload)
        if (!parsed.success) return { ok: false, reason: 'invalid' }
        const { workshopId, role, jti, actorId } = parsed.data
        return {
          ok: true,
          claims: {
            workshopId,
            role,
            ...(jti ? { inviteId: jti } : {}),
            ...(actorId ? { actorId } : {}),
          },
        }
      } catch (error) {
        return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
      }
    },
  }
}
