import {
  type AgendaPhase,
  allowsOf,
  canWriteDocInPhase,
  getAgendaState,
  type PhaseAllows,
  type Role,
} from '@pactboard/shared'
import type * as Y from 'yjs'

/**
 * [P16] Whether the board of one workshop is open to a role right now. It watches that
 * workshop's `control` room and keeps its allows cached, so the board room decides per update
 * without reading the control doc each time. The registry keeps the control room loaded (and
 * attached here) while the board room is.
 */
export class PhaseGate {
  private allows: PhaseAllows = allowsOf({ currentPhase: null, boardLocked: false })
  private phase: AgendaPhase | null = null
  private boardLocked = false
  private detach: (() => void) | null = null

  /** Follows `doc` (a freshly created control room's doc) from now on, instead of the last one. */
  attach(doc: Y.Doc): void {
    this.detach?.()
    const refresh = () => this.read(doc)
    doc.on('update', refresh)
    this.detach = () => doc.off('update', refresh)
    refresh()
  }

  close(): void {
    this.detach?.()
    this.detach = null
  }

  /** Null when `role` may write the board now; else the reason told to the client. */
  refusal(role: Role): string | null {
    if (canWriteDocInPhase(role, 'board', this.allows)) return null
    if (this.boardLocked) return 'read-only: the board is locked'
    return `read-only: the ${this.phase?.title ?? 'current'} phase is closed`
  }

  private read(doc: Y.Doc): void {
    const state = getAgendaState(doc)
    this.allows = allowsOf(state)
    this.phase = state.currentPhase
    this.boardLocked = state.boardLocked
  }
}
