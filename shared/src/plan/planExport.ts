import type * as Y from 'yjs'
import { z } from 'zod'
import { listActors, listMeasures } from '../docs/board.ts'
import { listAllComments, listReactions } from '../docs/discussion.ts'
import { listCommitments, listParticipants } from '../docs/ledger.ts'
import { getModeration, isPreModerationOn, listModerationLog } from '../docs/moderation.ts'
import { getPlanFigures, getPortfolio } from '../docs/plan.ts'
import { actorSchema } from '../domain/actor.ts'
import { planFiguresSchema } from '../domain/baseline.ts'
import { commitmentSchema, type Vote, voteSchema } from '../domain/commitment.ts'
import { commentSchema, reactionSchema } from '../domain/discussion.ts'
import { measureSchema } from '../domain/measure.ts'
import { moderationEventSchema, moderationRecordSchema } from '../domain/moderation.ts'
import { participantSchema } from '../domain/participant.ts'
import { workshopSchema } from '../domain/workshop.ts'
import { readPlanDocument } from '../editor/planDocument.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'

/**
 * The JSON export: everything a workshop holds, versioned so that `POST /api/workshops/import`
 * can tell what it reads. Each part is validated by the schema of its own type.
 */

export const PLAN_EXPORT_SCHEMA_VERSION = 1

const MAX_ITEMS = 10_000
const MAX_DOCUMENT_DEPTH = 40

/** A ProseMirror node, checked for shape (depth bounded so a hostile file cannot overflow the stack). */
function proseMirrorSchema(depth: number): z.ZodType<ProseMirrorJSON> {
  const shape = {
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    marks: z
      .array(
        z.object({
          type: z.string().min(1).max(64),
          attrs: z.record(z.string(), z.unknown()).optional(),
        }),
      )
      .max(20)
      .optional(),
    text: z.string().max(100_000).optional(),
  }
  // strict at the bottom: deeper content is an error, not silently cut off
  if (depth === 0) return z.strictObject(shape)
  return z.object({
    ...shape,
    content: z
      .array(proseMirrorSchema(depth - 1))
      .max(MAX_ITEMS)
      .optional(),
  })
}

export const proseMirrorJSONSchema = proseMirrorSchema(MAX_DOCUMENT_DEPTH)

export const planExportSchema = z.object({
  schemaVersion: z.literal(PLAN_EXPORT_SCHEMA_VERSION),
  exportedAt: z.string(),
  workshop: workshopSchema,
  figures: planFiguresSchema.nullable(),
  portfolio: z.array(z.string().min(1).max(64)).max(MAX_ITEMS),
  measures: z.array(measureSchema).max(MAX_ITEMS),
  actors: z.array(actorSchema).max(MAX_ITEMS),
  participants: z.array(participantSchema).max(MAX_ITEMS),
  commitments: z.array(commitmentSchema).max(MAX_ITEMS),
  votes: z.array(voteSchema).max(MAX_ITEMS * 10),
  document: proseMirrorJSONSchema.nullable(),
  // Moderation came after version 1 was out: files without it read as "nothing moderated".
  moderation: z
    .object({
      preModeration: z.boolean(),
      records: z.record(z.string().min(1).max(64), moderationRecordSchema),
      log: z.array(moderationEventSchema).max(MAX_ITEMS * 10),
    })
    .default({ preModeration: false, records: {}, log: [] }),
  // Likewise the talk around the measures: files without it read as "no comments yet".
  discussion: z
    .object({
      comments: z.array(commentSchema).max(MAX_ITEMS * 10),
      reactions: z.array(reactionSchema).max(MAX_ITEMS * 10),
    })
    .default({ comments: [], reactions: [] }),
})
export type PlanExport = z.infer<typeof planExportSchema>

export interface PlanExportInput {
  workshop: PlanExport['workshop']
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
  /** Every dot as the server's store keeps it, so that an import restores them. */
  votes: readonly Vote[]
  now: Date
}

export function buildPlanExport(input: PlanExportInput): PlanExport {
  return {
    schemaVersion: PLAN_EXPORT_SCHEMA_VERSION,
    exportedAt: input.now.toISOString(),
    workshop: input.workshop,
    figures: getPlanFigures(input.plan),
    portfolio: getPortfolio(input.plan),
    measures: listMeasures(input.board),
    actors: listActors(input.board),
    participants: listParticipants(input.ledger),
    commitments: listCommitments(input.ledger),
    votes: [...input.votes]
      .filter((vote) => vote.count > 0)
      .sort(
        (a, b) =>
          a.measureId.localeCompare(b.measureId) || a.participantId.localeCompare(b.participantId),
      ),
    document: readPlanDocument(input.plan),
    moderation: {
      preModeration: isPreModerationOn(input.ledger),
      records: Object.fromEntries(getModeration(input.ledger)),
      log: listModerationLog(input.ledger),
    },
    discussion: {
      comments: listAllComments(input.board),
      reactions: listReactions(input.board),
    },
  }
}
