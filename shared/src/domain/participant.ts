import { z } from 'zod'
import { ROLES } from './enums.ts'

export const displayNameSchema = z.string().trim().min(1).max(40)

/** A person in one workshop: pseudonymous by default, no account, no e-mail. */
export const participantSchema = z.object({
  id: z.string().min(1).max(64),
  displayName: displayNameSchema,
  role: z.enum(ROLES),
  actorId: z.string().min(1).max(64).nullable(),
  joinedAt: z.string(),
  /**
   * Set when a facilitator removed them: the registry keeps the person (their proposals and
   * votes still name them), the server refuses their token. Absent in ledgers written before.
   */
  removed: z
    .object({ by: z.string().min(1), at: z.string() })
    .nullable()
    .optional(),
  /**
   * [G2] Set when a facilitator erased them: the name is "Former participant N", the
   * organisation link is gone, their comments are removed. Absent in ledgers written before.
   */
  erased: z.object({ at: z.string() }).nullable().optional(),
})
export type Participant = z.infer<typeof participantSchema>
