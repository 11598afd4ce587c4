import { z } from 'zod'
import { ACTOR_KINDS } from './enums.ts'

/**
 * An organisation or group that can be responsible for, or commit to, a measure. The optional
 * columns are exactly those of the CCC Commitments' signatories table.
 */
export const actorInputSchema = z.object({
  name: z.string().trim().min(2).max(120),
  kind: z.enum(ACTOR_KINDS),
  sector: z.string().trim().max(120).default(''),
  legalForm: z.string().trim().max(120).default(''),
  responsiblePerson: z.string().trim().max(120).default(''),
  position: z.string().trim().max(120).default(''),
})
export type ActorInput = z.input<typeof actorInputSchema>

export const actorSchema = actorInputSchema.extend({
  id: z.string().min(1).max(64),
  createdAt: z.string(),
})
export type Actor = z.infer<typeof actorSchema>
