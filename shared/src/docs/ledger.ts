import type * as Y from 'yjs'
import { z } from 'zod'
import {
  type Commitment,
  type CommitmentRecord,
  commitmentSchema,
  type Vote,
  voteSchema,
} from '../domain/commitment.ts'
import { type Participant, participantSchema } from '../domain/participant.ts'

/**
 * The `ledger` doc, written by the server only: the participant registry, signatures, the vote
 * totals once revealed (and, in moderation.ts, the moderation records and log). Every client in
 * the workshop reads it, so it never holds anyone's dots. Layout:
 *   participants: Y.Map<participantId, Participant>
 *   commitments:  Y.Map<commitmentId, Commitment>
 *   results:      Y.Map { totals: Record<measureId, count> }  only while the results are shown
 *   votes:        legacy: dots by `${participantId}:${measureId}`, moved out by the server
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
  // The id breaks a tie, so a person's place (participantNumber) is the same on every device.
  return participants.sort(
    (a, b) => a.joinedAt.localeCompare(b.joinedAt) || a.id.localeCompare(b.id),
  )
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

/** [G2] A person's place in the order people joined, from 1; null when not in the registry. */
export function participantNumber(doc: Y.Doc, id: string): number | null {
  const index = listParticipants(doc).findIndex((p) => p.id === id)
  return index === -1 ? null : index + 1
}

export interface Erasure {
  /** "Former participant N" in the workshop's language. */
  formerName: string
  /** The facilitator who erased them; recorded as the remover when nobody had removed them. */
  by: string
  now?: Date
}

/**
 * [G2] Rewrites the person's registry entry without anything that names them: the former name,
 * no organisation, removed (their token is refused) and erased. Erasing twice changes nothing.
 */
export function markParticipantErased(doc: Y.Doc, id: string, erasure: Erasure): Participant {
  const current = getParticipant(doc, id)
  if (!current) throw new Error(`No participant ${id}`)
  if (current.erased) return current
  const at = (erasure.now ?? new Date()).toISOString()
  const erased: Participant = {
    id: current.id,
    displayName: erasure.formerName,
    role: current.role,
    actorId: null,
    joinedAt: current.joinedAt,
    removed: current.removed ?? { by: erasure.by, at },
    erased: { at },
  }
  participantsMap(doc).set(id, participantSchema.parse(erased))
  return erased
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

export function recordCommitment(doc: Y.Doc, commitment: CommitmentRecord): void {
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

/**
 * The vote totals, per measure and without names, published by the server while the facilitator
 * shows the results; absent before the reveal and removed when they are hidden again. Who put
 * which dot where is never in any doc: the server's store keeps it (DESIGN §3).
 */
function resultsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('results')
}

const publishedTotalsSchema = z.record(z.string().min(1), z.number().int().min(0))

/** The published totals, or an empty map while the results are not published. */
export function publishedVoteTotals(doc: Y.Doc): Map<string, number> {
  const parsed = publishedTotalsSchema.safeParse(resultsMap(doc).get('totals'))
  if (!parsed.success) return new Map()
  return new Map(Object.entries(parsed.data).filter(([, count]) => count > 0))
}

export function areVoteTotalsPublished(doc: Y.Doc): boolean {
  return resultsMap(doc).has('totals')
}

/**
 * Publishes `totals` (the server, while the results are shown) or removes them (null). Writes
 * nothing when the doc already says the same, so a burst of votes does not grow the doc for
 * nothing.
 */
export function setPublishedVoteTotals(
  doc: Y.Doc,
  totals: ReadonlyMap<string, number> | null,
): void {
  const map = resultsMap(doc)
  if (totals === null) {
    if (map.has('totals')) map.delete('totals')
    return
  }
  const next: Record<string, number> = {}
  for (const [measureId, count] of [...totals].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > 0) next[measureId] = count
  }
  if (map.has('totals') && JSON.stringify(map.get('totals')) === JSON.stringify(next)) return
  map.set('totals', next)
}

export function observePublishedVoteTotals(doc: Y.Doc, onChange: () => void): () => void {
  const map = resultsMap(doc)
  map.observe(onChange)
  return () => map.unobserve(onChange)
}

/**
 * Dots as ledgers before secret voting kept them (`votes: Y.Map<'participantId:measureId',
 * count>`), for moving them into the store once.
 */
export function readLegacyVotes(doc: Y.Doc): Vote[] {
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
  return votes
}

export function clearLegacyVotes(doc: Y.Doc): void {
  const map = doc.getMap<unknown>('votes')
  for (const key of [...map.keys()]) map.delete(key)
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
