import { z } from 'zod'

/**
 * Moderation (DESIGN §1 facilitator, §3 `ledger`): the facilitator approves proposals waiting
 * in the pre-moderation queue, hides a card with a reason, merges duplicates; anyone who writes
 * the board reports a card. The server records each action, with who and when, in the ledger:
 * no client can forge, undo or hide one.
 */

export const MODERATION_ACTIONS = [
  'approve',
  'hide',
  'unhide',
  'merge',
  'report',
  'pre_moderation_on',
  'pre_moderation_off',
] as const
export type ModerationAction = (typeof MODERATION_ACTIONS)[number]

export const MODERATION_REASON_MAX_CHARS = 500

export const moderationReasonSchema = z
  .string()
  .trim()
  .min(1, 'Say why')
  .max(MODERATION_REASON_MAX_CHARS)

const byAtSchema = z.object({ by: z.string().min(1), at: z.string() })

export const moderationEventSchema = z.object({
  id: z.string().min(1),
  action: z.enum(MODERATION_ACTIONS),
  /** The card acted on; null for the switches of pre-moderation. */
  measureId: z.string().min(1).nullable(),
  /** The surviving card of a merge. */
  intoMeasureId: z.string().min(1).nullable(),
  reason: z.string().max(MODERATION_REASON_MAX_CHARS).nullable(),
  by: z.string().min(1),
  at: z.string(),
})
export type ModerationEvent = z.infer<typeof moderationEventSchema>

/** Where one card stands; absent for a card nobody has moderated. */
export const moderationRecordSchema = z.object({
  approved: byAtSchema.nullable(),
  hidden: z
    .object({
      reason: z.string().max(MODERATION_REASON_MAX_CHARS),
      byParticipantId: z.string().min(1),
      at: z.string(),
    })
    .nullable(),
  mergedInto: byAtSchema.extend({ into: z.string().min(1) }).nullable(),
})
export type ModerationRecord = z.infer<typeof moderationRecordSchema>

export const EMPTY_MODERATION_RECORD: ModerationRecord = {
  approved: null,
  hidden: null,
  mergedInto: null,
}
