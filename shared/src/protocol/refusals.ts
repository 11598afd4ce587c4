import type { PhaseAction } from '../domain/phase.ts'

/**
 * What the server says when it refuses a write (a y-protocols auth "permission denied" message):
 * plain English, so a stock client shows something true, and read back into a code by ours
 * (`parseRefusal`), which says it in the person's language. Both directions are this one table,
 * so the server's words and the client's reading cannot drift apart.
 */
export type Refusal =
  | { code: 'phaseClosed'; phase: string }
  | { code: 'boardLocked' }
  | { code: 'actionClosed'; action: PhaseAction; phase: string }
  | { code: 'notOwnMeasure' }
  | { code: 'other'; message: string }

const ACTION_WORDS: Record<PhaseAction, string> = {
  propose: 'new proposals are',
  editOwn: 'editing measures is',
  comment: 'comments are',
  react: 'reactions are',
  vote: 'voting is',
  commit: 'signing is',
}

const NOT_OWN_MEASURE = 'refused: you may edit only your own measures'
const BOARD_LOCKED = 'read-only: the board is locked'
const PHASE_CLOSED = /^read-only: the (.+) phase is closed$/
const ACTION_CLOSED = /^refused: (.+?) closed in the (.+) phase$/

export function refusalMessage(refusal: Refusal): string {
  switch (refusal.code) {
    case 'phaseClosed':
      return `read-only: the ${refusal.phase} phase is closed`
    case 'boardLocked':
      return BOARD_LOCKED
    case 'actionClosed':
      return `refused: ${ACTION_WORDS[refusal.action]} closed in the ${refusal.phase} phase`
    case 'notOwnMeasure':
      return NOT_OWN_MEASURE
    case 'other':
      return refusal.message
  }
}

export function parseRefusal(message: string): Refusal {
  const phaseClosed = PHASE_CLOSED.exec(message)
  if (phaseClosed?.[1]) return { code: 'phaseClosed', phase: phaseClosed[1] }
  if (message === BOARD_LOCKED) return { code: 'boardLocked' }
  if (message === NOT_OWN_MEASURE) return { code: 'notOwnMeasure' }
  const actionClosed = ACTION_CLOSED.exec(message)
  if (actionClosed?.[1] && actionClosed[2]) {
    const words = actionClosed[1]
    const action = (Object.keys(ACTION_WORDS) as PhaseAction[]).find(
      (a) => ACTION_WORDS[a] === words,
    )
    if (action) return { code: 'actionClosed', action, phase: actionClosed[2] }
  }
  return { code: 'other', message }
}
