import { z } from 'zod'
import { displayNameSchema } from './participant.ts'

/**
 * A staff member of a workspace: a facilitator or a planner with an account that lasts
 * (docs/workspaces.md). The password hash never leaves the server, so it is no part of this shape.
 */
export const STAFF_ROLES = ['facilitator', 'planner'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

/** Trimmed and lower-cased: `Anna@Malmo.se` and `anna@malmo.se ` are one account. */
export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .transform((email) => email.toLowerCase())
  .pipe(z.email())

/** OWASP's floor for a password with no other rule: at least 8 characters, at most 128. */
export const PASSWORD_MIN_CHARS = 8
export const passwordSchema = z.string().min(PASSWORD_MIN_CHARS).max(128)

export const accountSchema = z.object({
  id: z.string().min(1).max(64),
  workspaceId: z.string().min(1).max(64),
  email: emailSchema,
  displayName: displayNameSchema,
  role: z.enum(STAFF_ROLES),
  /** Administers the workspace: may add staff. */
  isAdmin: z.boolean(),
  createdAt: z.string(),
})
export type Account = z.infer<typeof accountSchema>
