import {
  type Candidate,
  getActor,
  getParticipant,
  listActors,
  listCommitments,
  listParticipants,
  recordCommitment,
  registerParticipant,
  restoreActor,
  type Vote,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import type { AppContext } from '../../context.ts'
import { snapshotDoc } from '../exports/readDocs.ts'
import { isPlanRoom } from './planRoom.ts'

/**
 * [W27] What the workspace's workshops bring to its plan's exports and public page: every
 * organisation's commitments signed in any of them (with the organisation and its signatory), a
 * commitment for a measure pointing to that measure's place in the plan, and the dots each
 * measure had where it was proposed. They are written into the copies of the plan room's docs
 * an export renders (never into the room), so every renderer, the privacy levels ([G4]) and the
 * public page's allow-list ([G7]) treat them as they treat a workshop's own.
 */

type ContributionContext = Pick<AppContext, 'store' | 'registry'>

/** The plan measure a workshop's measure became: its candidate's, or its survivor's. */
function planIdsBySource(list: readonly Candidate[]): Map<string, string> {
  const ids = new Map<string, string>()
  for (const candidate of list) {
    const planId = candidate.state.status === 'merged' ? candidate.state.mergedInto : candidate.id
    for (const source of candidate.sources) {
      ids.set(`${source.workshopId}/${source.measureId}`, planId)
    }
  }
  return ids
}

/** Each candidate's dots in its workshops, its merged candidates' counted with it. */
function dotsByPlanMeasure(list: readonly Candidate[]): Vote[] {
  const dots = new Map<string, number>()
  for (const candidate of list) {
    const planId = candidate.state.status === 'merged' ? candidate.state.mergedInto : candidate.id
    const own = candidate.sources.reduce((sum, s) => sum + s.dots, 0)
    dots.set(planId, (dots.get(planId) ?? 0) + own)
  }
  return [...dots].flatMap(([measureId, count]) =>
    count > 0 ? [{ participantId: 'workshops', measureId, count }] : [],
  )
}

/**
 * Writes the workshops' commitments into the copies `board` and `ledger` of the plan room's docs;
 * answers the dots to count with the plan's own votes.
 */
export async function addWorkshopContributions(
  context: ContributionContext,
  workspaceId: string,
  copies: { board: Y.Doc; ledger: Y.Doc },
): Promise<Vote[]> {
  const { store, registry } = context
  const list = await store.candidates.listCandidates(workspaceId)
  const planIds = planIdsBySource(list)
  const workshops = (await store.accounts.listWorkspaceWorkshops(workspaceId)).filter(
    ({ workshop }) => !isPlanRoom(workshop.id),
  )
  for (const { workshop } of workshops) {
    const [board, ledger] = await Promise.all([
      snapshotDoc(registry, workshop.id, 'board'),
      snapshotDoc(registry, workshop.id, 'ledger'),
    ])
    const actors = new Map(listActors(board).map((a) => [a.id, a]))
    const people = new Map(listParticipants(ledger).map((p) => [p.id, p]))
    for (const commitment of listCommitments(ledger)) {
      const actor = actors.get(commitment.actorId)
      if (!actor) continue
      if (!getActor(copies.board, actor.id)) restoreActor(copies.board, actor)
      const signatory = people.get(commitment.signedBy)
      if (signatory && !getParticipant(copies.ledger, signatory.id)) {
        registerParticipant(copies.ledger, signatory)
      }
      const measureId = commitment.measureId
        ? (planIds.get(`${workshop.id}/${commitment.measureId}`) ?? null)
        : null
      recordCommitment(copies.ledger, { ...commitment, measureId })
    }
  }
  return dotsByPlanMeasure(list)
}

/** For a workspace's plan room, its workshops' contributions ([W27]); for any other, none. */
export async function workspaceContributionsTo(
  context: ContributionContext,
  workshopId: string,
  copies: { board: Y.Doc; ledger: Y.Doc },
): Promise<Vote[]> {
  if (!isPlanRoom(workshopId)) return []
  const workspaceId = await context.store.accounts.workshopWorkspace(workshopId)
  return workspaceId ? addWorkshopContributions(context, workspaceId, copies) : []
}
