import {
  allowsOf,
  boardChangeRefusal,
  canWriteDocInPhase,
  DOC_LAYOUTS,
  getAgendaState,
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

function phaseOf(control: Y.Doc) {
  const state = getAgendaState(control)
  return { state, allows: allowsOf(state), title: state.currentPhase?.title ?? 'current' }
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
