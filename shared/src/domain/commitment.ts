import { z } from 'zod'
import { MEASURE_STATUSES, type MeasureStatus } from './enums.ts'

/**
 * What a target stated in another unit (kWh, vehicles, m²) is worth in tonnes of CO2e a year, and
 * how that was worked out, so that a reader can check it and the pathway can count it.
 */
export const tCO2eEquivalentSchema = z.object({
  tCO2ePerYear: z.number().finite().min(0).max(1e9),
  method: z.string().trim().min(3).max(500),
})
export type TCO2eEquivalent = z.infer<typeof tCO2eEquivalentSchema>

/** An actor's signed pledge; signer and time are recorded by the server, never by a client. */
export const quantifiedTargetSchema = z.object({
  value: z.number().finite(),
  unit: z.string().trim().min(1).max(40),
  year: z.number().int().min(2000).max(2100),
  /** Absent (null) when the unit is tCO2e itself or nobody has stated an equivalent. */
  tCO2eEquivalent: tCO2eEquivalentSchema.nullable().default(null),
})
export type QuantifiedTarget = z.infer<typeof quantifiedTargetSchema>

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
  /**
   * [P24] The measure's status when this signature made it `committed` (recorded by the server):
   * what it goes back to when the last standing signature for it is withdrawn. Null for a
   * commitment to no measure, to one already committed, and for signatures from before.
   */
  measureStatusBefore: z.enum(MEASURE_STATUSES).nullable().default(null),
})
export type Commitment = z.infer<typeof commitmentSchema>
/** A commitment as written, with the fields that have defaults (older records lack them) optional. */
export type CommitmentRecord = z.input<typeof commitmentSchema>

/**
 * [P24] A standing signature for a measure commits it; when the last one is withdrawn the measure
 * goes back to the status it had before the first. Returns the status the measure should have
 * after `commitments` (the measure's, withdrawn ones included), or null to leave it as it is.
 */
export function statusFromCommitments(
  current: MeasureStatus,
  commitments: readonly Commitment[],
): MeasureStatus | null {
  const standing = commitments.some((c) => c.withdrawn === null)
  if (standing) return current === 'committed' ? null : 'committed'
  if (current !== 'committed') return null
  // The latest signature that moved it holds what it was; a planner's own `committed` stays.
  const mover = [...commitments].reverse().find((c) => c.measureStatusBefore !== null)
  return mover ? mover.measureStatusBefore : null
}

export const voteSchema = z.object({
  participantId: z.string().min(1),
  measureId: z.string().min(1),
  count: z.number().int().min(0),
})
export type Vote = z.infer<typeof voteSchema>
