import * as Y from 'yjs'
import type { z } from 'zod'
import { commentSchema, reactionKindSchema } from '../domain/discussion.ts'
import type { Role } from '../domain/enums.ts'
import { measureSchema, proposerSchema } from '../domain/measure.ts'
import { can, canEditComment, canEditMeasure } from '../domain/permissions.ts'
import type { PhaseAction } from '../domain/phase.ts'
import { refusalMessage } from '../protocol/refusals.ts'
import type { DocChange, EntryChange } from './docChange.ts'

/**
 * [P8][P15][P16][P21][P22] The invariants of the `board` doc, judged on the state a client's
 * update produced (docs/docChange.ts reads what it changed). Whatever a participant or company
 * sends, afterwards:
 *   - every entry a change adds under `measures`, `comments`, `reactions` parses with its schema,
 *     holds plain values (no nested shared types) and its `id` equals its key; an edit of a
 *     comment parses the comment whole again, an edit of a measure parses each field it touched
 *     with that field's schema (a measure's schema checks each field on its own, nothing across
 *     fields, so the fields it left are as valid as when they were judged; a test pins that);
 *   - fields that name an owner or record a decision change only through those entitled to them:
 *     `id`, `proposer`, `createdAt`, `hidden`, `mergedInto` of a measure and `id`, `measureId`,
 *     `authorParticipantId`, `createdAt` of a comment are never changed by a client; a measure's
 *     `status` is set by a facilitator or planner, and by its proposer only to `withdrawn`;
 *   - nobody edits another person's entries (facilitator and planner edit any measure), and new
 *     entries name their writer; measures and comments are never deleted (withdrawn, removed);
 *   - `actors` is written by the server only (join, API);
 *   - each participant and company stays within MAX_MEASURES_PER_PERSON measures and everyone
 *     within MAX_COMMENTS_PER_PERSON comments;
 *   - the phase allows what the change does ([P16]), for roles bound by phases.
 * The rules read only the entries the change touched, and count a writer's entries at most once
 * per change, so a change costs its size plus one pass over the board when it adds entries.
 */

export const MAX_MEASURES_PER_PERSON = 200
export const MAX_COMMENTS_PER_PERSON = 2000

export interface BoardWriter {
  participantId: string
  role: Role
  actorId: string | null
}

/** What the current phase lets participants and companies do, and its title for a refusal. */
export interface BoardPhase {
  allows: Readonly<Record<PhaseAction, boolean>>
  title: string
}

/** A client's board change broke a rule: `reason` is told to the client, as is. */
export type BoardRefusal = string

const MEASURE_SERVER_FIELDS = new Set(['id', 'proposer', 'createdAt', 'hidden', 'mergedInto'])
const COMMENT_FIXED_FIELDS = new Set(['id', 'measureId', 'authorParticipantId', 'createdAt'])
const MEASURE_KEYS = new Set(Object.keys(measureSchema.shape))
const MEASURE_FIELD_SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(measureSchema.shape),
)
const COMMENT_KEYS = new Set([
  'id',
  'measureId',
  'authorParticipantId',
  'text',
  'createdAt',
  'editedAt',
  'deleted',
])
/** A client's clock may run a little ahead of the server's; more than this is not a real date. */
const MAX_CLOCK_SKEW_MS = 10 * 60_000

/** An entry held as a Y.Map of plain values with only `allowed` keys, as JSON; else null. */
function plainEntry(value: unknown, allowed: ReadonlySet<string>): Record<string, unknown> | null {
  if (!(value instanceof Y.Map)) return null
  const json: Record<string, unknown> = {}
  for (const [key, field] of value.entries()) {
    if (!allowed.has(key) || field instanceof Y.AbstractType) return null
    json[key] = field
  }
  return json
}

function isPlausibleDate(value: string, nowMs: number): boolean {
  const ms = Date.parse(value)
  return Number.isFinite(ms) && ms <= nowMs + MAX_CLOCK_SKEW_MS
}

/** How many entries of `map` `ownerOf` gives to `owner`: one pass, run only when one is added. */
function countOwned(
  map: Y.Map<unknown>,
  owner: string,
  ownerOf: (entry: Y.Map<unknown>) => unknown,
): number {
  let count = 0
  for (const value of map.values()) if (value instanceof Y.Map && ownerOf(value) === owner) count++
  return count
}

const proposerOf = (entry: Y.Map<unknown>) =>
  (entry.get('proposer') as { participantId?: unknown } | undefined)?.participantId
const authorOf = (entry: Y.Map<unknown>) => entry.get('authorParticipantId')

/** One change being judged: the board after it, who wrote it, and counts taken once. */
interface Judging {
  doc: Y.Doc
  writer: BoardWriter
  nowMs: number
  /** How many entries of `root` the writer owns now; counted once per change, when first asked. */
  owned(root: 'measures' | 'comments'): number
}

function judgingOf(doc: Y.Doc, writer: BoardWriter, nowMs: number): Judging {
  const counts = new Map<string, number>()
  const ownerOf = { measures: proposerOf, comments: authorOf }
  return {
    doc,
    writer,
    nowMs,
    owned(root) {
      let count = counts.get(root)
      if (count === undefined) {
        count = countOwned(doc.getMap(root), writer.participantId, ownerOf[root])
        counts.set(root, count)
      }
      return count
    },
  }
}

interface Judged {
  refusal: BoardRefusal | null
  action: PhaseAction | null
}

const ok = (action: PhaseAction): Judged => ({ refusal: null, action })
const refuse = (refusal: BoardRefusal): Judged => ({ refusal, action: null })

function judgeMeasure(change: EntryChange, judging: Judging): Judged {
  if (change.kind === 'delete' || change.kind === 'replace') {
    return refuse('refused: a measure is withdrawn, never deleted')
  }
  return change.kind === 'add'
    ? judgeNewMeasure(change, judging)
    : judgeMeasureEdit(change, judging)
}

const INVALID_MEASURE = 'refused: a measure must stay a valid measure'

function judgeNewMeasure(change: EntryChange, { doc, writer, nowMs, owned }: Judging): Judged {
  const anyMeasure = can(writer.role, 'editAnyMeasure')
  const json = plainEntry(doc.getMap('measures').get(change.key), MEASURE_KEYS)
  const parsed = json === null ? null : measureSchema.safeParse(json)
  if (!parsed?.success) return refuse(INVALID_MEASURE)
  const measure = parsed.data
  if (measure.id !== change.key) return refuse('refused: a measure’s id is its key')
  if (!anyMeasure && measure.proposer.participantId !== writer.participantId) {
    return refuse('refused: a new measure must name you as its proposer')
  }
  if (
    !anyMeasure &&
    measure.proposer.actorId !== null &&
    measure.proposer.actorId !== writer.actorId
  ) {
    return refuse('refused: you propose only for your own organisation')
  }
  if (!anyMeasure && measure.status !== 'proposed') {
    return refuse('refused: a new measure starts as proposed')
  }
  if (measure.hidden !== null || measure.mergedInto !== null) {
    return refuse('refused: moderation is the facilitator’s')
  }
  if (!isPlausibleDate(measure.createdAt, nowMs))
    return refuse('refused: a measure’s date is not in the future')
  // Staff (facilitator, planner) enter whole sticky-note walls; the quota holds the public back.
  const mine = anyMeasure ? 0 : owned('measures')
  if (mine > MAX_MEASURES_PER_PERSON) {
    return refuse(`refused: at most ${MAX_MEASURES_PER_PERSON} measures each`)
  }
  return ok('propose')
}

/**
 * An edit is judged on the fields it touched, each against its own schema. An edit mostly
 * touches one field (a description being typed), and parsing the whole measure again for each
 * was most of what judging it cost, on the path every edit takes before anyone sees it. The
 * fields it left stay as they were judged.
 */
function judgeMeasureEdit(change: EntryChange, { doc, writer }: Judging): Judged {
  // Before ownership: the proposer must not be what the change itself rewrote.
  for (const field of change.fields) {
    if (MEASURE_SERVER_FIELDS.has(field))
      return refuse(`refused: a measure’s ${field} is not changed here`)
  }
  const entry = doc.getMap('measures').get(change.key)
  if (!(entry instanceof Y.Map)) return refuse(INVALID_MEASURE)
  for (const field of change.fields) {
    const schema = MEASURE_FIELD_SCHEMAS.get(field)
    const value: unknown = entry.get(field)
    if (schema === undefined || value instanceof Y.AbstractType) return refuse(INVALID_MEASURE)
    if (!schema.safeParse(value).success) return refuse(INVALID_MEASURE)
  }
  const proposer = proposerSchema.safeParse(entry.get('proposer'))
  if (!proposer.success) return refuse(INVALID_MEASURE)
  if (!canEditMeasure(writer.role, writer.participantId, proposer.data.participantId)) {
    return refuse(refusalMessage({ code: 'notOwnMeasure' }))
  }
  const anyMeasure = can(writer.role, 'editAnyMeasure')
  if (change.fields.has('status') && !anyMeasure && entry.get('status') !== 'withdrawn') {
    return refuse('refused: a facilitator or planner decides a measure’s status')
  }
  return ok('editOwn')
}

function judgeComment(change: EntryChange, { doc, writer, nowMs, owned }: Judging): Judged {
  if (change.kind === 'delete' || change.kind === 'replace') {
    return refuse('refused: a comment is removed, never deleted')
  }
  const json = plainEntry(doc.getMap('comments').get(change.key), COMMENT_KEYS)
  const parsed = json === null ? null : commentSchema.safeParse(json)
  if (!parsed?.success) return refuse('refused: a comment must stay a valid comment')
  const comment = parsed.data
  if (comment.id !== change.key) return refuse('refused: a comment’s id is its key')
  if (comment.deleted && comment.text !== '')
    return refuse('refused: a removed comment keeps no text')
  if (change.kind === 'add') {
    if (comment.authorParticipantId !== writer.participantId) {
      return refuse('refused: a new comment must name you as its author')
    }
    if (
      comment.deleted ||
      comment.editedAt !== null ||
      !isPlausibleDate(comment.createdAt, nowMs)
    ) {
      return refuse('refused: a new comment is new')
    }
    if (!(doc.getMap('measures').get(comment.measureId) instanceof Y.Map)) {
      return refuse('refused: comment on a measure on the board')
    }
    const mine = owned('comments')
    if (mine > MAX_COMMENTS_PER_PERSON) {
      return refuse(`refused: at most ${MAX_COMMENTS_PER_PERSON} comments each`)
    }
    return ok('comment')
  }
  for (const field of change.fields) {
    if (COMMENT_FIXED_FIELDS.has(field))
      return refuse(`refused: a comment’s ${field} is not changed`)
  }
  if (!canEditComment(writer.role, writer.participantId, comment.authorParticipantId)) {
    return refuse('refused: you may edit only your own comments')
  }
  if (change.fields.has('deleted') && !comment.deleted) {
    return refuse('refused: a removed comment stays removed')
  }
  return ok('comment')
}

function judgeReaction(doc: Y.Doc, change: EntryChange, writer: BoardWriter): Judged {
  const [measureId, participantId, kind, ...rest] = change.key.split(':')
  if (!measureId || rest.length > 0 || !reactionKindSchema.safeParse(kind).success) {
    return refuse('refused: not a reaction')
  }
  if (participantId !== writer.participantId) return refuse('refused: you react only for yourself')
  if (change.kind === 'delete') return ok('react')
  if (change.kind === 'edit' || doc.getMap('reactions').get(change.key) !== true) {
    return refuse('refused: not a reaction')
  }
  if (!(doc.getMap('measures').get(measureId) instanceof Y.Map)) {
    return refuse('refused: react to a measure on the board')
  }
  return ok('react')
}

function judgeEntry(change: EntryChange, judging: Judging): Judged {
  const { doc, writer } = judging
  switch (change.root) {
    case 'measures':
      return judgeMeasure(change, judging)
    case 'comments':
      return judgeComment(change, judging)
    case 'reactions':
      return judgeReaction(doc, change, writer)
    default:
      return refuse('refused: organisations are added when people join')
  }
}

/**
 * Why `writer`'s change may not stand, or null. `doc` is the board as the change left it; the
 * entries the change touched are read from it.
 */
export function boardChangeRefusal(
  doc: Y.Doc,
  change: DocChange,
  writer: BoardWriter,
  phase: BoardPhase,
  nowMs: number = Date.now(),
): BoardRefusal | null {
  if (change.stray !== null) return `refused: ${change.stray}`
  if (change.lists.size > 0) return 'refused: the board holds entries by key only'
  const anyPhase = can(writer.role, 'writeBoardInAnyPhase')
  const judging = judgingOf(doc, writer, nowMs)
  for (const entry of change.entries) {
    const { refusal, action } = judgeEntry(entry, judging)
    if (refusal !== null) return refusal
    if (action !== null && !anyPhase && !phase.allows[action])
      return refusalMessage({ code: 'actionClosed', action, phase: phase.title })
  }
  return null
}
