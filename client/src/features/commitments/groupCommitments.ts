import type { Actor, Commitment, Participant } from '@pactboard/shared'

/** The register's rows: commitments under their actor, actors by name, each oldest first. */
export interface CommitmentGroup {
  actorId: string
  actorName: string
  commitments: Commitment[]
}

export function groupCommitments(
  commitments: readonly Commitment[],
  actors: readonly Actor[],
  unknownActor: string,
): CommitmentGroup[] {
  const names = new Map(actors.map((a) => [a.id, a.name]))
  const groups = new Map<string, CommitmentGroup>()
  for (const commitment of commitments) {
    let group = groups.get(commitment.actorId)
    if (!group) {
      group = {
        actorId: commitment.actorId,
        actorName: names.get(commitment.actorId) ?? unknownActor,
        commitments: [],
      }
      groups.set(commitment.actorId, group)
    }
    group.commitments.push(commitment)
  }
  return [...groups.values()].sort((a, b) => a.actorName.localeCompare(b.actorName))
}

export function nameOf(participants: readonly Participant[], id: string, fallback: string) {
  return participants.find((p) => p.id === id)?.displayName ?? fallback
}
