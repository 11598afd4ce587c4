import type { DocName } from '../docs/docNames.ts'
import type { Role } from './enums.ts'

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
 *      any measure.
 * [P9] Anyone with the join code may join as a participant or a company representative; every
 *      other role needs an invite from the facilitator (P6).
 * [P10] Facilitator and planner save named versions of the plan and restore them.
 * [P11] A company representative signs commitments for their own Actor only (the route checks the
 *      actor) and withdraws them; a facilitator withdraws any commitment, and signs none.
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
  ],
  planner: ['readDocs', 'writeBoard', 'writePlan', 'export', 'editAnyMeasure', 'saveVersion'],
  company: ['readDocs', 'writeBoard', 'vote', 'signCommitment'],
  participant: ['readDocs', 'writeBoard', 'vote'],
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

/** [P8] Whether `participantId` in `role` may edit a measure proposed by `proposerId`. */
export function canEditMeasure(role: Role, participantId: string, proposerId: string): boolean {
  if (!can(role, 'writeBoard')) return false
  return participantId === proposerId || can(role, 'editAnyMeasure')
}

const SELF_SERVICE_ROLES: readonly Role[] = ['participant', 'company']

/** [P9] Whether someone may take `role` with the join code alone, without an invite. */
export function canJoinWithoutInvite(role: Role): boolean {
  return SELF_SERVICE_ROLES.includes(role)
}
