import type { DocName } from '../docs/docNames.ts'
import type { Role } from './enums.ts'
import { allowsBoardWrite, type PhaseAllows } from './phase.ts'

/**
 * What each role may do: the one place that knows. Rules carry ids that tests quote.
 *
 * [P1] Everyone in a workshop may read every doc.
 * [P2] Only a facilitator writes `control`.
 * [P3] Facilitator, planner, company and participant write `board`; an observer never does.
 * [P4] Facilitator and planner write `plan`.
 * [P5] No client writes `ledger`: the server writes it on behalf of the HTTP API.
 * [P6] Only a facilitator invites people into other roles.
 * [P7] Facilitator and planner export the plan.
 * [P8] Whoever writes the board edits the measures they proposed; facilitator and planner edit
 *      any measure. Nobody proposes in someone else's name (the server judges what each board
 *      update changed: docs/boardRules.ts).
 * [P9] Anyone with the join code may join as a participant or a company representative; every
 *      other role needs an invite from the facilitator (P6).
 * [P10] Facilitator and planner save named versions of the plan and restore them.
 * [P11] A company representative signs commitments for their own Actor only (the route checks the
 *      actor) and withdraws them; a facilitator withdraws any commitment, and signs none.
 * [P12] Only a facilitator removes people from the workshop and locks or opens joining by code.
 * [P13] Whoever writes the board comments on measures and reacts to them; an observer reads.
 * [P14] Whoever may edit a measure (P8) may withdraw it: it stays on the board as withdrawn.
 * [P15] Only its author writes, edits or removes a comment (removed, it reads "comment
 *      removed"); each person sets and takes back only their own reactions.
 * [P16] In a phase that allows participants nothing that writes the board (propose, edit own,
 *      comment, react), a company's or participant's board update is refused like an
 *      observer's; in a phase that allows some of them, an update that does any other is
 *      refused (docs/boardRules.ts judges what it did); facilitator and planner write the
 *      board in every phase.
 * [P17] Only a facilitator moderates: approves queued proposals, hides and unhides cards (with a
 *      reason), merges duplicates, turns pre-moderation on and off (HTTP API, ledger log).
 * [P18] Participants, company representatives and planners report a card to the facilitator.
 * [P19] Facilitator and planner see every proposal: those waiting for approval and, in silent
 *      mode, everyone's; everybody else sees approved cards and their own (docs/visibility.ts).
 * [P20] Dot-voting rules: domain/voting.ts.
 * [P21] The board's invariants hold whatever a client sends (docs/boardRules.ts): every touched
 *      entry parses with its schema and holds plain values, its id is its key (a measure's edit
 *      parses the fields it touched, each with its own schema, as nothing in a measure's schema
 *      reads across fields); owner and
 *      decision fields (a measure's id, proposer, createdAt, hidden, mergedInto; a comment's id,
 *      measureId, author, createdAt) are never changed by a client; a measure's status is set by
 *      a facilitator or planner, by its proposer only to withdrawn; measures and comments are
 *      never deleted; `actors` is written by the server only; no root outside the doc's layout
 *      (docs/docLayouts.ts) exists.
 * [P22] Quotas: a participant or company proposes at most MAX_MEASURES_PER_PERSON measures,
 *      anyone writes at most MAX_COMMENTS_PER_PERSON comments, and clients grow no doc past
 *      MAX_DOC_BYTES (server config).
 * [P23] Only a facilitator deletes the workshop and erases a person's data ([G1], [G2] in
 *      domain/privacy.ts).
 * [P24] A standing signature for a measure commits it: the server sets the measure's status to
 *      `committed` when the commitment is signed and, when the last standing signature for it is
 *      withdrawn, puts back the status it had before (statusFromCommitments, domain/commitment.ts).
 * [P25] Organisations are the server's (`actors`, P21): a facilitator keeps the directory (adds an
 *      organisation, edits any); a company representative edits their own organisation's details
 *      (the signatory, the number, the sector), never its name or kind.
 *      One organisation per company: joining by code under the name or the organisation number
 *      of one already there is refused; its people join with its invite link (P26). In a
 *      workshop of a workspace the directory is the workspace's ([W20]–[W22], docs/workspaces.md).
 * [P26] A facilitator's invite for a company representative names the organisation; whoever
 *      joins with it represents that organisation, whatever the join request says.
 * [P27] The workspace's candidate list ([W7]–[W11], docs/workspaces.md): its staff (facilitators
 *      and planners, by their session) curate it; participants and company representatives
 *      follow what became of the measures they proposed, their own only.
 * [P28] Facilitator and planner publish the plan: they read and set whether the workshop has a
 *      public page, which parts it shows, and its link; nobody else reads or changes them. The
 *      page itself needs no token and names no person ([G7] in domain/privacy.ts).
 */
export const CAPABILITIES = [
  'readDocs',
  'writeControl',
  'writeBoard',
  'writePlan',
  'invite',
  'export',
  'vote',
  'signCommitment',
  'withdrawAnyCommitment',
  'editAnyMeasure',
  'saveVersion',
  'removeParticipant',
  'lockJoining',
  'comment',
  'react',
  'writeBoardInAnyPhase',
  'moderate',
  'report',
  'seeEveryProposal',
  'deleteWorkshop',
  'erasePerson',
  'manageOrganisations',
  'curateCandidates',
  'followOwnProposals',
  'publishPlan',
] as const
export type Capability = (typeof CAPABILITIES)[number]

const GRANTS: Record<Role, readonly Capability[]> = {
  facilitator: [
    'readDocs',
    'writeControl',
    'writeBoard',
    'writePlan',
    'invite',
    'export',
    'editAnyMeasure',
    'saveVersion',
    'withdrawAnyCommitment',
    'removeParticipant',
    'lockJoining',
    'comment',
    'react',
    'writeBoardInAnyPhase',
    'moderate',
    'seeEveryProposal',
    'deleteWorkshop',
    'erasePerson',
    'manageOrganisations',
    'curateCandidates',
    'publishPlan',
  ],
  planner: [
    'readDocs',
    'writeBoard',
    'writePlan',
    'export',
    'editAnyMeasure',
    'saveVersion',
    'comment',
    'react',
    'writeBoardInAnyPhase',
    'report',
    'seeEveryProposal',
    'curateCandidates',
    'publishPlan',
  ],
  company: [
    'readDocs',
    'writeBoard',
    'vote',
    'signCommitment',
    'comment',
    'react',
    'report',
    'followOwnProposals',
  ],
  participant: [
    'readDocs',
    'writeBoard',
    'vote',
    'comment',
    'react',
    'report',
    'followOwnProposals',
  ],
  observer: ['readDocs'],
}

export function can(role: Role, capability: Capability): boolean {
  return GRANTS[role].includes(capability)
}

const WRITE_CAPABILITY: Record<DocName, Capability | null> = {
  control: 'writeControl',
  board: 'writeBoard',
  plan: 'writePlan',
  ledger: null,
}

export function canWriteDoc(role: Role, doc: DocName): boolean {
  const capability = WRITE_CAPABILITY[doc]
  return capability !== null && can(role, capability)
}

/** [P16] Whether `role` may write `doc` while the current phase allows `allows`. */
export function canWriteDocInPhase(role: Role, doc: DocName, allows: PhaseAllows): boolean {
  if (!canWriteDoc(role, doc)) return false
  if (doc !== 'board' || can(role, 'writeBoardInAnyPhase')) return true
  return allowsBoardWrite(allows)
}

/** [P8] Whether `participantId` in `role` may edit a measure proposed by `proposerId`. */
export function canEditMeasure(role: Role, participantId: string, proposerId: string): boolean {
  if (!can(role, 'writeBoard')) return false
  return participantId === proposerId || can(role, 'editAnyMeasure')
}

/** [P14] Whether `participantId` in `role` may withdraw a measure proposed by `proposerId`. */
export function canWithdrawMeasure(role: Role, participantId: string, proposerId: string): boolean {
  return canEditMeasure(role, participantId, proposerId)
}

/** [P15] Whether `participantId` in `role` may edit or remove a comment by `authorId`. */
export function canEditComment(role: Role, participantId: string, authorId: string): boolean {
  return can(role, 'comment') && participantId === authorId
}

const SELF_SERVICE_ROLES: readonly Role[] = ['participant', 'company']

/** [P9] Whether someone may take `role` with the join code alone, without an invite. */
export function canJoinWithoutInvite(role: Role): boolean {
  return SELF_SERVICE_ROLES.includes(role)
}
