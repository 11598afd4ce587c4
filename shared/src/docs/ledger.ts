import type * as Y from 'yjs'
import { type Participant, participantSchema } from '../domain/participant.ts'

/**
 * The `ledger` doc, written by the server only: the participant registry (and, later, votes,
 * signatures and the moderation log). Layout: `participants`: Y.Map<participantId, Participant>.
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

export function observeParticipants(
  doc: Y.Doc,
  onChange: (participants: Participant[]) => void,
): () => void {
  const map = participantsMap(doc)
  const handler = () => onChange(listParticipants(doc))
  map.observe(handler)
  return () => map.unobserve(handler)
}
