import type { PhaseAction } from '@pactboard/shared'
import type { TFunction } from 'i18next'

/**
 * The server's refusal (`read-only: …`, `refused: …`, in English, from its doc policies) in the
 * person's words: the usual reasons are translated, any other is shown as the server said it.
 * The words are the server's board policy's (server/src/sync/policies/boardPolicy.ts).
 */

const CLOSED_ACTIONS: Record<string, PhaseAction> = {
  'new proposals are': 'propose',
  'editing measures is': 'editOwn',
  'comments are': 'comment',
  'reactions are': 'react',
}

const PHASE_CLOSED = /^read-only: the (.+) phase is closed$/
const ACTION_CLOSED = /^refused: (.+?) closed in the (.+) phase$/

export function refusalText(t: TFunction, reason: string): string {
  const phaseClosed = PHASE_CLOSED.exec(reason)
  if (phaseClosed) return t('recovery.reasons.phaseClosed', { phase: phaseClosed[1] })
  if (reason === 'read-only: the board is locked') return t('recovery.reasons.boardLocked')
  const actionClosed = ACTION_CLOSED.exec(reason)
  const action = actionClosed ? CLOSED_ACTIONS[actionClosed[1] ?? ''] : undefined
  if (actionClosed && action) {
    return t(`recovery.reasons.closed.${action}`, { phase: actionClosed[2] })
  }
  if (reason === 'refused: you may edit only your own measures') {
    return t('recovery.reasons.ownMeasures')
  }
  return reason.replace(/^(read-only|refused): /, '')
}
