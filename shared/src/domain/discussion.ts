import { z } from 'zod'

/** Comments and reactions on measures: the talk around a card, kept apart from its fields. */

export const COMMENT_MAX_CHARS = 1000

/** What a person types: trimmed, 1..1000 characters. */
export const commentTextSchema = z.string().trim().min(1).max(COMMENT_MAX_CHARS)

/**
 * A comment as stored. A deleted comment keeps its place in the thread ("comment removed") but
 * not its text, so `text` may be empty only once `deleted` is true.
 */
export const commentSchema = z
  .object({
    id: z.string().min(1).max(64),
    measureId: z.string().min(1).max(64),
    authorParticipantId: z.string().min(1).max(64),
    text: z.string().max(COMMENT_MAX_CHARS),
    createdAt: z.string(),
    editedAt: z.string().nullable(),
    deleted: z.boolean(),
  })
  .refine((c) => c.deleted || c.text.trim().length > 0, { path: ['text'] })
export type Comment = z.infer<typeof commentSchema>

/** The closed set of reactions; the UI shows each with its emoji and a translated label. */
export const REACTION_KINDS = ['support', 'love', 'idea', 'concern'] as const
export type ReactionKind = (typeof REACTION_KINDS)[number]
export const reactionKindSchema = z.enum(REACTION_KINDS)

/** One reaction kind on one measure, as one person sees it. */
export interface ReactionCount {
  count: number
  mine: boolean
}
export type ReactionCounts = Record<ReactionKind, ReactionCount>

/** One person's reaction of one kind to one measure (the JSON export lists them). */
export const reactionSchema = z.object({
  measureId: z.string().min(1).max(64),
  participantId: z.string().min(1).max(64),
  kind: reactionKindSchema,
})
export type Reaction = z.infer<typeof reactionSchema>
