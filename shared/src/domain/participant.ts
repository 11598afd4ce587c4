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
})
export type Participant = z.infer<typeof participantSchema>
