import type * as Y from 'yjs'
import type { Role } from '../domain/enums.ts'
import type { Measure } from '../domain/measure.ts'
import type { ModerationRecord } from '../domain/moderation.ts'
import { can } from '../domain/permissions.ts'
import type { SilentMode } from './control.ts'
import { listParticipants } from './ledger.ts'
import { getModeration, isPreModerationOn } from './moderation.ts'

/**
 * [P19] Which cards a screen shows, from the board (what people wrote), the ledger (what the
 * facilitator decided, which no client can forge) and the control doc (silent mode). Pure, so
 * the phone, the projector, the exports and the server's vote check agree.
 */

/** Who looks: a person, or the projector (`participantId: null`), which shows what all may see. */
export interface Audience {
  participantId: string | null
  role: Role
}

export const PROJECTOR: Audience = { participantId: null, role: 'observer' }

export interface ModerationState {
  records: ReadonlyMap<string, ModerationRecord>
  preModeration: boolean
  /** The role of a proposer, from the ledger's registry; null for someone it does not know. */
  roleOf: (participantId: string) => Role | null
}

export interface BoardCard {
  /** The measure as moderation left it: hidden, merged (status `merged`) per the ledger. */
  measure: Measure
  /** Waiting in the pre-moderation queue: shown only to its proposer and facilitators. */
  pending: boolean
}

export function readModeration(ledger: Y.Doc): ModerationState {
  const roles = new Map(listParticipants(ledger).map((p) => [p.id, p.role]))
  return {
    records: getModeration(ledger),
    preModeration: isPreModerationOn(ledger),
    roleOf: (id) => roles.get(id) ?? null,
  }
}

/** The ledger's word wins over what the board says about hiding and merging. */
export function applyModeration(measure: Measure, record: ModerationRecord | undefined): Measure {
  if (!record) return measure
  const merged = record.mergedInto
  return {
    ...measure,
    hidden: record.hidden,
    mergedInto: merged?.into ?? null,
    status: merged ? 'merged' : measure.status,
  }
}

function awaitsApproval(measure: Measure, moderation: ModerationState): boolean {
  if (!moderation.preModeration) return false
  if (moderation.records.get(measure.id)?.approved) return false
  const proposerRole = moderation.roleOf(measure.proposer.participantId)
  return proposerRole === null || !can(proposerRole, 'seeEveryProposal')
}

/** Every card with moderation applied, each marked whether it waits for approval. */
export function moderatedCards(
  measures: readonly Measure[],
  moderation: ModerationState,
): BoardCard[] {
  return measures.map((measure) => ({
    measure: applyModeration(measure, moderation.records.get(measure.id)),
    pending: awaitsApproval(measure, moderation),
  }))
}

/**
 * The cards `audience` may see: facilitators and planners see all; others see no card that waits
 * for approval and, in silent mode, no new card, except their own. Hidden and merged cards are
 * still returned (marked): the screen decides whether to show them greyed or leave them out.
 */
export function cardsFor(
  audience: Audience,
  measures: readonly Measure[],
  moderation: ModerationState,
  silent: SilentMode,
): BoardCard[] {
  const cards = moderatedCards(measures, moderation)
  if (can(audience.role, 'seeEveryProposal')) return cards
  const shownBefore = new Set(silent.shownIds)
  return cards.filter(({ measure, pending }) => {
    if (measure.proposer.participantId === audience.participantId) return true
    if (pending) return false
    return !silent.on || shownBefore.has(measure.id)
  })
}

/** Whether a card takes votes: on the board, not withdrawn, not waiting for approval. */
export function isOpenToVotes(card: BoardCard): boolean {
  const { measure } = card
  return (
    !card.pending &&
    measure.hidden === null &&
    measure.mergedInto === null &&
    measure.status !== 'withdrawn' &&
    measure.status !== 'merged' &&
    measure.status !== 'rejected'
  )
}
