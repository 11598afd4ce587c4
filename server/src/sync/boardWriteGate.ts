import {
  type BoardUpdateReading,
  boardWriteRefusal,
  readBoardUpdate,
  type TokenClaims,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import type { PhaseGate } from './PhaseGate.ts'

/**
 * What the board room asks before applying a writer's update: may this phase take it ([P16]),
 * and does it touch only what is the writer's own ([P8], [P15]: their measures, comments and
 * reactions, new content in their own name)? The update is decoded once, and only when a rule
 * needs to look inside it.
 */
export class BoardWriteGate {
  constructor(private readonly phase: PhaseGate) {}

  refusal(claims: TokenClaims, doc: Y.Doc, update: Uint8Array): string | null {
    let reading: BoardUpdateReading | null = null
    const read = () => {
      reading ??= readBoardUpdate(doc, update)
      return reading
    }
    return (
      this.phase.refusal(claims.role, () => read().actions) ??
      boardWriteRefusal(doc, read(), claims)
    )
  }
}
