import {
  type AgendaPhase,
  allowsOf,
  BOARD_ACTIONS,
  can,
  canWriteDocInPhase,
  getAgendaState,
  type PhaseAction,
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
const ACTION_WORDS: Record<PhaseAction, string> = {
  propose: 'new proposals are',
  editOwn: 'editing measures is',
  comment: 'comments are',
  react: 'reactions are',
  vote: 'voting is',
  commit: 'signing is',
}

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

  /**
   * Null when `role` may make this board write now; else the reason told to the client. A
   * phase that opens only some board actions (Discuss: comments, no new proposals) needs to
   * know what the update does: `actionsOf` reads it, and only then.
   */
  refusal(role: Role, actionsOf: () => ReadonlySet<PhaseAction>): string | null {
    if (!canWriteDocInPhase(role, 'board', this.allows)) {
      if (this.boardLocked) return 'read-only: the board is locked'
      return `read-only: the ${this.phase?.title ?? 'current'} phase is closed`
    }
    if (can(role, 'writeBoardInAnyPhase')) return null
    if (BOARD_ACTIONS.every((action) => this.allows[action])) return null
    for (const action of actionsOf()) {
      if (!this.allows[action]) {
        return `refused: ${ACTION_WORDS[action]} closed in the ${this.phase?.title ?? 'current'} phase`
      }
    }
    return null
  }

  private read(doc: Y.Doc): void {
    const state = getAgendaState(doc)
    this.allows = allowsOf(state)
    this.phase = state.currentPhase
    this.boardLocked = state.boardLocked
  }
}
