import * as Y from 'yjs'
import {
  type Comment,
  commentSchema,
  commentTextSchema,
  REACTION_KINDS,
  type Reaction,
  type ReactionCounts,
  type ReactionKind,
  reactionKindSchema,
  reactionSchema,
} from '../domain/discussion.ts'
import { newId } from '../domain/ids.ts'
import { getMeasure } from './board.ts'

/**
 * The talk around measures, in the `board` doc beside `measures` (whoever writes the board may
 * comment and react, DESIGN §3). Layout (the only place that knows it):
 *   comments:  Y.Map<commentId, Y.Map<fieldName, JSON value>>  one entry per field, like measures,
 *              so that an edit and a delete of one comment made at once both land and the
 *              comment stays deleted
 *   reactions: Y.Map<`${measureId}:${participantId}:${kind}`, true>  one key per person, measure
 *              and kind, so that two people reacting at once both count, and one person toggling
 *              from two tabs converges to one reaction, never two
 *
 * A board writer can put malformed values here; reads validate and skip what does not parse.
 * That a comment is written and edited only by its author, and a reaction set only by its own
 * person, these helpers check in the client and the server checks again on every update
 * (docs/boardRules.ts, [P15]).
 */

type CommentEntry = Y.Map<unknown>

function commentsMap(doc: Y.Doc): Y.Map<CommentEntry> {
  return doc.getMap<CommentEntry>('comments')
}

function reactionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('reactions')
}

export interface NewComment {
  measureId: string
  authorParticipantId: string
  text: string
  id?: string
  now?: Date
}

/** Adds a comment to a measure this doc knows; throws on an unknown measure or invalid text. */
export function addComment(doc: Y.Doc, input: NewComment): Comment {
  if (!getMeasure(doc, input.measureId)) throw new Error(`No measure ${input.measureId}`)
  const comment = commentSchema.parse({
    id: input.id ?? newId(),
    measureId: input.measureId,
    authorParticipantId: input.authorParticipantId,
    text: commentTextSchema.parse(input.text),
    createdAt: (input.now ?? new Date()).toISOString(),
    editedAt: null,
    deleted: false,
  })
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(comment)) entry.set(key, value)
    commentsMap(doc).set(comment.id, entry)
  })
  return comment
}

/** Writes a comment as it was (an import), author, times and all; validated first. */
export function restoreComment(doc: Y.Doc, comment: Comment): void {
  const valid = commentSchema.parse(comment)
  doc.transact(() => {
    const entry = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(valid)) entry.set(key, value)
    commentsMap(doc).set(valid.id, entry)
  })
}

/**
 * [G2] Removes every comment `authorParticipantId` wrote, entries and all (not "comment
 * removed": nothing of them stays). Only the server does this; [P21] keeps clients from it.
 */
export function removeCommentsBy(doc: Y.Doc, authorParticipantId: string): number {
  const comments = commentsMap(doc)
  const theirs = [...comments.entries()]
    .filter(([, entry]) => entry.get('authorParticipantId') === authorParticipantId)
    .map(([id]) => id)
  doc.transact(() => {
    for (const id of theirs) comments.delete(id)
  })
  return theirs.length
}

/** Every valid comment, oldest first, removed ones included (for the JSON export). */
export function listAllComments(doc: Y.Doc): Comment[] {
  return [...commentsByMeasure(doc).values()].flat().sort(byTime)
}

function ownComment(doc: Y.Doc, id: string, byParticipantId: string): [CommentEntry, Comment] {
  const entry = commentsMap(doc).get(id)
  const comment = getComment(doc, id)
  if (!(entry instanceof Y.Map) || !comment) throw new Error(`No comment ${id}`)
  if (comment.authorParticipantId !== byParticipantId) {
    throw new Error(`Comment ${id} is not by ${byParticipantId}`)
  }
  return [entry, comment]
}

/** The author rewrites their comment; throws for anyone else, a removed comment, invalid text. */
export function editComment(
  doc: Y.Doc,
  id: string,
  byParticipantId: string,
  text: string,
  now: Date = new Date(),
): Comment {
  const [entry, comment] = ownComment(doc, id, byParticipantId)
  if (comment.deleted) throw new Error(`Comment ${id} was removed`)
  const valid = commentTextSchema.parse(text)
  const editedAt = now.toISOString()
  doc.transact(() => {
    entry.set('text', valid)
    entry.set('editedAt', editedAt)
  })
  return { ...comment, text: valid, editedAt }
}

/**
 * The author removes their comment: it stays in the thread as "comment removed" (replies keep
 * their context) and its text is cleared. Throws for anyone but the author.
 */
export function deleteComment(
  doc: Y.Doc,
  id: string,
  byParticipantId: string,
  now: Date = new Date(),
): void {
  const [entry] = ownComment(doc, id, byParticipantId)
  doc.transact(() => {
    entry.set('deleted', true)
    entry.set('text', '')
    entry.set('editedAt', now.toISOString())
  })
}

export function getComment(doc: Y.Doc, id: string): Comment | null {
  const entry = commentsMap(doc).get(id)
  if (!(entry instanceof Y.Map)) return null
  const parsed = commentSchema.safeParse(entry.toJSON())
  return parsed.success ? parsed.data : null
}

function byTime(a: Comment, b: Comment): number {
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)
}

/**
 * Every valid comment grouped by measure, each thread oldest first: a board reads this once per
 * change instead of once per card. Comments on a measure that is gone stay in the doc, unseen.
 */
export function commentsByMeasure(doc: Y.Doc): Map<string, Comment[]> {
  const threads = new Map<string, Comment[]>()
  for (const id of commentsMap(doc).keys()) {
    const comment = getComment(doc, id)
    if (!comment) continue
    const thread = threads.get(comment.measureId)
    if (thread) thread.push(comment)
    else threads.set(comment.measureId, [comment])
  }
  for (const thread of threads.values()) thread.sort(byTime)
  return threads
}

/** One measure's thread, oldest first, removed comments included. */
export function listComments(doc: Y.Doc, measureId: string): Comment[] {
  return commentsByMeasure(doc).get(measureId) ?? []
}

/** Calls `onChange` with every thread after each change; returns the unsubscribe function. */
export function observeComments(
  doc: Y.Doc,
  onChange: (threads: Map<string, Comment[]>) => void,
): () => void {
  const map = commentsMap(doc)
  const handler = () => onChange(commentsByMeasure(doc))
  map.observeDeep(handler)
  return () => map.unobserveDeep(handler)
}

export interface ReactionInput {
  measureId: string
  participantId: string
  kind: ReactionKind
}

function reactionKey({ measureId, participantId, kind }: ReactionInput): string {
  return `${measureId}:${participantId}:${kind}`
}

function parseReactionKey(key: string): ReactionInput | null {
  const [measureId, participantId, kind, ...rest] = key.split(':')
  const parsedKind = reactionKindSchema.safeParse(kind)
  if (!measureId || !participantId || !parsedKind.success || rest.length > 0) return null
  return { measureId, participantId, kind: parsedKind.data }
}

/** Adds the reaction, or takes it back if it is there; returns whether it is on now. */
export function toggleReaction(doc: Y.Doc, input: ReactionInput): boolean {
  const kind = reactionKindSchema.parse(input.kind)
  if (!getMeasure(doc, input.measureId)) throw new Error(`No measure ${input.measureId}`)
  const key = reactionKey({ ...input, kind })
  const map = reactionsMap(doc)
  if (map.get(key) === true) {
    map.delete(key)
    return false
  }
  map.set(key, true)
  return true
}

export function emptyReactionCounts(): ReactionCounts {
  const counts = {} as ReactionCounts
  for (const kind of REACTION_KINDS) counts[kind] = { count: 0, mine: false }
  return counts
}

/** Counts per measure and kind, with whether `participantId` is among them; one pass. */
export function reactionsByMeasure(
  doc: Y.Doc,
  participantId: string | null,
): Map<string, ReactionCounts> {
  const byMeasure = new Map<string, ReactionCounts>()
  for (const [key, value] of reactionsMap(doc).entries()) {
    const reaction = value === true ? parseReactionKey(key) : null
    if (!reaction) continue
    let counts = byMeasure.get(reaction.measureId)
    if (!counts) {
      counts = emptyReactionCounts()
      byMeasure.set(reaction.measureId, counts)
    }
    counts[reaction.kind].count += 1
    if (reaction.participantId === participantId) counts[reaction.kind].mine = true
  }
  return byMeasure
}

/** One measure's reactions: `{ support: { count, mine }, … }`. */
export function reactionCounts(
  doc: Y.Doc,
  measureId: string,
  participantId: string | null,
): ReactionCounts {
  return reactionsByMeasure(doc, participantId).get(measureId) ?? emptyReactionCounts()
}

export function observeReactions(doc: Y.Doc, onChange: () => void): () => void {
  const map = reactionsMap(doc)
  const handler = () => onChange()
  map.observe(handler)
  return () => map.unobserve(handler)
}

/**
 * The board half of a merge: every comment and reaction on `fromMeasureId` moves to
 * `toMeasureId`. One person's same reaction on both cards becomes one.
 */
export function moveDiscussion(doc: Y.Doc, fromMeasureId: string, toMeasureId: string): void {
  doc.transact(() => {
    for (const entry of commentsMap(doc).values()) {
      if (entry instanceof Y.Map && entry.get('measureId') === fromMeasureId) {
        entry.set('measureId', toMeasureId)
      }
    }
    const reactions = reactionsMap(doc)
    for (const [key, value] of [...reactions.entries()]) {
      const reaction = value === true ? parseReactionKey(key) : null
      if (!reaction || reaction.measureId !== fromMeasureId) continue
      reactions.delete(key)
      reactions.set(reactionKey({ ...reaction, measureId: toMeasureId }), true)
    }
  })
}

/** Every reaction, one entry per person, measure and kind (for the JSON export). */
export function listReactions(doc: Y.Doc): Reaction[] {
  const reactions: Reaction[] = []
  for (const [key, value] of reactionsMap(doc).entries()) {
    const reaction = value === true ? parseReactionKey(key) : null
    if (reaction) reactions.push(reaction)
  }
  return reactions.sort(
    (a, b) =>
      a.measureId.localeCompare(b.measureId) ||
      a.participantId.localeCompare(b.participantId) ||
      a.kind.localeCompare(b.kind),
  )
}

/** Sets a reaction as it was (an import); unlike a toggle it never takes one back. */
export function restoreReaction(doc: Y.Doc, reaction: Reaction): void {
  const valid = reactionSchema.parse(reaction)
  reactionsMap(doc).set(reactionKey(valid), true)
}
