import {
  type AgendaState,
  allowsOf,
  boardChangeRefusal,
  canWriteDocInPhase,
  DOC_LAYOUTS,
  getAgendaState,
  type PhaseAllows,
  refusalMessage,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import type { DocPolicy } from '../DocPolicy.ts'
import { roleRefusal } from './roleGate.ts'

/**
 * The `board`: every rule about who writes what on it is here and in shared
 * (`docs/boardRules.ts`, [P8][P15][P16][P21][P22]). It reads the workshop's `control` doc for the
 * phase, so the registry loads control first and keeps it loaded while the board is.
 */

interface Phase {
  state: AgendaState
  allows: PhaseAllows
  title: string
}

/**
 * The phase as of the control doc's last transaction. Every board update asks twice (gate and
 * judge) and the agenda changes a few times an evening, so it is parsed once per change of it.
 */
const phases = new WeakMap<Y.Doc, Phase>()

function phaseOf(control: Y.Doc): Phase {
  let phase = phases.get(control)
  if (phase === undefined) {
    const state = getAgendaState(control)
    phase = { state, allows: allowsOf(state), title: state.currentPhase?.title ?? 'current' }
    phases.set(control, phase)
    control.once('afterTransaction', () => phases.delete(control))
  }
  return phase
}

export const boardPolicy: DocPolicy = {
  doc: 'board',
  layout: DOC_LAYOUTS.board,
  dependsOn: ['control'],
  gate(claims, context) {
    const byRole = roleRefusal(claims, 'board')
    if (byRole !== null) return byRole
    const { state, allows, title } = phaseOf(context.dependency('control'))
    if (canWriteDocInPhase(claims.role, 'board', allows)) return null
    return refusalMessage(
      state.boardLocked ? { code: 'boardLocked' } : { code: 'phaseClosed', phase: title },
    )
  },
  judge(doc, change, claims, context) {
    const { allows, title } = phaseOf(context.dependency('control'))
    return boardChangeRefusal(doc, change, claims, { allows, title })
  },
}
