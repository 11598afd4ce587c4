import { type AgendaState, allowsOf, PHASE_ACTIONS, type PhaseAction } from '@pactboard/shared'
import type { TFunction } from './texts.ts'

/** Words for what a phase opens and closes, shared by the banner and the board. */

export function openActions(state: AgendaState): PhaseAction[] {
  const allows = allowsOf(state)
  return PHASE_ACTIONS.filter((action) => allows[action])
}

/** Why proposing is closed now, or null when it is open. */
export function proposeClosedReason(t: TFunction, state: AgendaState): string | null {
  if (allowsOf(state).propose) return null
  if (state.boardLocked) return t('workshop.boardLocked')
  return t('phases.proposeClosed', { phase: state.currentPhase?.title ?? '' })
}

export function listActions(t: TFunction, actions: readonly PhaseAction[]): string {
  return actions.map((action) => t(`phases.actions.${action}`)).join(', ')
}

/** Why signing commitments is closed now, or null when it is open. */
export function commitClosedReason(t: TFunction, state: AgendaState): string | null {
  if (allowsOf(state).commit) return null
  return t('phases.commitClosed', { phase: state.currentPhase?.title ?? '' })
}
