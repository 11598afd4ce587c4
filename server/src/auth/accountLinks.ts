import {
  type AccountLinkPurpose,
  displayNameSchema,
  emailSchema,
  LANGUAGES,
  STAFF_ROLES,
  WORKSPACE_KINDS,
  workspaceNameSchema,
} from '@pactboard/shared'
import { errors, jwtVerify, SignJWT } from 'jose'
import { z } from 'zod'

/**
 * The links an administrator hands out (docs/workspaces.md): set up a workspace and its first
 * administrator, invite a staff member, recover a lost password. Each is a JWT signed with the
 * server's SECRET for its own audience (never an access token or a workshop invite), with a
 * purpose, an email and a short expiry. Signing needs only the SECRET, not the database, so the
 * admin CLI makes them while the server runs (SQLite's DataDirLock keeps a second process out of
 * the database); the running server honours them.
 *
 * Each link works once: a setup or an invite creates the account, so a second use finds the email
 * taken; a recovery link is refused once the account's password changed after the link was
 * issued (`issuedAtMs`), so using it (or any later reset) kills it.
 */

const ALGORITHM = 'HS256'
const ISSUER = 'pactboard'
const AUDIENCE = 'pactboard:account-link'

export const ACCOUNT_LINK_PATH = '/account/set-password'

const setupSchema = z.object({
  purpose: z.literal('setup'),
  email: emailSchema,
  displayName: displayNameSchema,
  workspace: z.object({
    id: z.string().min(1).max(64),
    name: workspaceNameSchema,
    kind: z.enum(WORKSPACE_KINDS),
    language: z.enum(LANGUAGES),
  }),
})

const inviteSchema = z.object({
  purpose: z.literal('invite'),
  email: emailSchema,
  displayName: displayNameSchema,
  workspaceId: z.string().min(1).max(64),
  role: z.enum(STAFF_ROLES),
  isAdmin: z.boolean(),
})

const recoverySchema = z.object({ purpose: z.literal('recovery'), email: emailSchema })

const linkClaimsSchema = z.discriminatedUnion('purpose', [
  setupSchema,
  inviteSchema,
  recoverySchema,
])
export type AccountLinkClaims = z.infer<typeof linkClaimsSchema>

export type VerifiedAccountLink = AccountLinkClaims & { issuedAtMs: number }

export const DEFAULT_LINK_TTL_HOURS: Record<AccountLinkPurpose, number> = {
  setup: 7 * 24,
  invite: 7 * 24,
  recovery: 1,
}

export interface AccountLinks {
  sign(
    claims: AccountLinkClaims,
    ttlHours?: number,
  ): Promise<{ token: string; path: string; expiresAt: Date }>
  /** The claims, or null for a link that is forged, expired or not an account link. */
  verify(token: string): Promise<VerifiedAccountLink | null>
}

export function createAccountLinks(options: { secret: string; now?: () => number }): AccountLinks {
  const key = new TextEncoder().encode(options.secret)
  const nowMs = options.now ?? (() => Date.now())
  return {
    async sign(claims, ttlHours = DEFAULT_LINK_TTL_HOURS[claims.purpose]) {
      const parsed = linkClaimsSchema.parse(claims)
      const issuedAtMs = nowMs()
      const expiresAtS = Math.floor(issuedAtMs / 1000) + Math.round(ttlHours * 3600)
      const token = await new SignJWT({ ...parsed, issuedAtMs })
        .setProtectedHeader({ alg: ALGORITHM })
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(Math.floor(issuedAtMs / 1000))
        .setExpirationTime(expiresAtS)
        .sign(key)
      // In the fragment: a browser sends it to no server, no log and no Referer.
      return {
        token,
        path: `${ACCOUNT_LINK_PATH}#${token}`,
        expiresAt: new Date(expiresAtS * 1000),
      }
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
        const claims = linkClaimsSchema.safeParse(payload)
        const issuedAtMs = z.number().int().safeParse(payload.issuedAtMs)
        if (!claims.success || !issuedAtMs.success) return null
        return { ...claims.data, issuedAtMs: issuedAtMs.data }
      } catch (error) {
        if (error instanceof errors.JOSEError) return null
        throw error
      }
    },
  }
}
