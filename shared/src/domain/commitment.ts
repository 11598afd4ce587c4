import { z } from 'zod'

/** An actor's signed pledge; signer and time are recorded by the server, never by a client. */
export const quantifiedTargetSchema = z.object({
  value: z.number().finite(),
  unit: z.string().trim().min(1).max(40),
  year: z.number().int().min(2000).max(2100),
})

export const commitmentInputSchema = z.object({
  actorId: z.string().min(1).max(64),
  measureId: z.string().min(1).max(64).nullable(),
  text: z.string().trim().min(3).max(2000),
  target: quantifiedTargetSchema,
})
export type CommitmentInput = z.infer<typeof commitmentInputSchema>

export const commitmentSchema = commitmentInputSchema.extend({
  id: z.string().min(1).max(64),
  signedBy: z.string().min(1),
  signedAt: z.string(),
  /** A signature is never edited; withdrawing it is recorded instead. */
  withdrawn: z.object({ by: z.string().min(1), at: z.string() }).nullable(),
})
export type Commitment = z.infer<typeof commitmentSchema>

export const voteSchema = z.object({
  participantId: z.string().min(1),
  measureId: z.string().min(1),
  count: z.number().int().min(0),
})
export type Vote = z.infer<typeof voteSchema>
