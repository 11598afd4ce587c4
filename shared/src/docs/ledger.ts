import type * as Y from 'yjs'
import { type Commitment, commitmentSchema, type Vote, voteSchema } from '../domain/commitment.ts'
import { type Participant, participantSchema } from '../domain/participant.ts'

/**
 * The `ledger` doc, written by the server only: the participant registry, signatures, votes
 * (and, in moderation.ts, the moderation records and log). Layout:
 *   participants: Y.Map<participantId, Participant>
 *   commitments:  Y.Map<commitmentId, Commitment>
 *   votes:        Y.Map<`${participantId}:${measureId}`, count>
 *   settings:     Y.Map { joinLocked: boolean (a mirror, see below), preModeration: boolean }
 */

function participantsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('participants')
}

export function registerParticipant(doc: Y.Doc, participant: Participant): void {
  participantsMap(doc).set(participant.id, participantSchema.parse(participant))
}

export function getParticipant(doc: Y.Doc, id: string): Participant | null {
  const parsed = participantSchema.safeParse(participantsMap(doc).get(id))
  return parsed.success ? parsed.data : null
}

export function listParticipants(doc: Y.Doc): Participant[] {
  const participants: Participant[] = []
  for (const value of participantsMap(doc).values()) {
    const parsed = participantSchema.safeParse(value)
    if (parsed.success) participants.push(parsed.data)
  }
  return participants.sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
}

/**
 * Records that `by` removed the participant; kept in the registry, not deleted, so the history
 * (who proposed, voted, signed) still names them. Removing twice keeps the first record.
 */
export function markParticipantRemoved(
  doc: Y.Doc,
  id: string,
  by: string,
  now = new Date(),
): Participant {
  const current = getParticipant(doc, id)
  if (!current) throw new Error(`No participant ${id}`)
  if (current.removed) return current
  const removed = { ...current, removed: { by, at: now.toISOString() } }
  participantsMap(doc).set(id, participantSchema.parse(removed))
  return removed
}

export function observeParticipants(
  doc: Y.Doc,
  onChange: (participants: Participant[]) => void,
): () => void {
  const map = participantsMap(doc)
  const handler = () => onChange(listParticipants(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}

function commitmentsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('commitments')
}

export function recordCommitment(doc: Y.Doc, commitment: Commitment): void {
  commitmentsMap(doc).set(commitment.id, commitmentSchema.parse(commitment))
}

export function getCommitment(doc: Y.Doc, id: string): Commitment | null {
  const parsed = commitmentSchema.safeParse(commitmentsMap(doc).get(id))
  return parsed.success ? parsed.data : null
}

/** Records who withdrew a signature and when; the signed text stays as it was. */
export function withdrawCommitment(
  doc: Y.Doc,
  id: string,
  by: string,
  now = new Date(),
): Commitment {
  const current = getCommitment(doc, id)
  if (!current) throw new Error(`No commitment ${id}`)
  if (current.withdrawn) return current
  const withdrawn = { ...current, withdrawn: { by, at: now.toISOString() } }
  commitmentsMap(doc).set(id, withdrawn)
  return withdrawn
}

/** Every commitment, oldest signature first, withdrawn ones included. */
export function listCommitments(doc: Y.Doc): Commitment[] {
  const commitments: Commitment[] = []
  for (const value of commitmentsMap(doc).values()) {
    const parsed = commitmentSchema.safeParse(value)
    if (parsed.success) commitments.push(parsed.data)
  }
  return commitments.sort((a, b) => a.signedAt.localeCompare(b.signedAt))
}

export function observeCommitments(
  doc: Y.Doc,
  onChange: (commitments: Commitment[]) => void,
): () => void {
  const map = commitmentsMap(doc)
  const handler = () => onChange(listCommitments(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}

/** Votes received per measure (dots cast by everyone, summed). */
export function voteTotals(doc: Y.Doc): Map<string, number> {
  const totals = new Map<string, number>()
  for (const [key, count] of doc.getMap<unknown>('votes').entries()) {
    const measureId = key.slice(key.indexOf(':') + 1)
    if (typeof count === 'number' && count > 0 && measureId) {
      totals.set(measureId, (totals.get(measureId) ?? 0) + count)
    }
  }
  return totals
}

/** Every vote as cast (one entry per participant and measure), for the JSON export. */
export function listVotes(doc: Y.Doc): Vote[] {
  const votes: Vote[] = []
  for (const [key, count] of doc.getMap<unknown>('votes').entries()) {
    const split = key.indexOf(':')
    const parsed = voteSchema.safeParse({
      participantId: key.slice(0, split),
      measureId: key.slice(split + 1),
      count,
    })
    if (split > 0 && parsed.success && parsed.data.count > 0) votes.push(parsed.data)
  }
  return votes.sort(
    (a, b) =>
      a.measureId.localeCompare(b.measureId) || a.participantId.localeCompare(b.participantId),
  )
}

/** Sets one participant's dots on one measure (the server enforces budgets before calling). */
export function setVote(doc: Y.Doc, vote: Vote): void {
  const valid = voteSchema.parse(vote)
  const key = `${valid.participantId}:${valid.measureId}`
  if (valid.count === 0) doc.getMap<unknown>('votes').delete(key)
  else doc.getMap<unknown>('votes').set(key, valid.count)
}

function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('votes')
}

/** One voter's dots, by measure. */
export function votesOf(doc: Y.Doc, participantId: string): Map<string, number> {
  const mine = new Map<string, number>()
  const prefix = `${participantId}:`
  for (const [key, count] of votesMap(doc).entries()) {
    if (key.startsWith(prefix) && typeof count === 'number' && count > 0) {
      mine.set(key.slice(prefix.length), count)
    }
  }
  return mine
}

/** How many dots one voter has cast in all. */
export function dotsSpent(doc: Y.Doc, participantId: string): number {
  let spent = 0
  for (const count of votesOf(doc, participantId).values()) spent += count
  return spent
}

/** Moves every dot on `fromMeasureId` to `toMeasureId` (a merge); each voter's total stays. */
export function moveVotes(doc: Y.Doc, fromMeasureId: string, toMeasureId: string): number {
  let moved = 0
  for (const vote of listVotes(doc)) {
    if (vote.measureId !== fromMeasureId) continue
    const onSurvivor = votesOf(doc, vote.participantId).get(toMeasureId) ?? 0
    setVote(doc, { ...vote, count: 0 })
    setVote(doc, { ...vote, measureId: toMeasureId, count: onSurvivor + vote.count })
    moved += vote.count
  }
  return moved
}

export function observeVotes(doc: Y.Doc, onChange: () => void): () => void {
  const map = votesMap(doc)
  map.observe(onChange)
  return () => map.unobserve(onChange)
}

/**
 * Whether joining by code is closed, mirrored here by the server from the workshop record (which
 * the join route reads) so every facilitator's screen follows live. Null in ledgers from before.
 */
export function getJoinLockedMirror(doc: Y.Doc): boolean | null {
  const value = doc.getMap<unknown>('settings').get('joinLocked')
  return typeof value === 'boolean' ? value : null
}

export function mirrorJoinLocked(doc: Y.Doc, locked: boolean): void {
  doc.getMap<unknown>('settings').set('joinLocked', locked)
}

export function observeLedgerSettings(doc: Y.Doc, onChange: () => void): () => void {
  const map = doc.getMap<unknown>('settings')
  map.observe(onChange)
  return () => map.unobserve(onChange)
}
