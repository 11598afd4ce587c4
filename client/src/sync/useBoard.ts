import {
  type Actor,
  type Audience,
  type BoardCard,
  cardsFor,
  getSilentMode,
  listActors,
  listParticipants,
  type Measure,
  type ModerationState,
  observeActors,
  observeAgenda,
  observeModeration,
  observeParticipants,
  type Participant,
  readModeration,
  type SilentMode,
} from '@pactboard/shared'
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { measureIndexOf } from './measureIndex.ts'
import { useY } from './useY.ts'

/** The board's live content, read through the shared helpers. */

export function useMeasures(board: Y.Doc): readonly Measure[] {
  const index = measureIndexOf(board)
  return useSyncExternalStore(index.subscribe, index.getSnapshot, index.getSnapshot)
}

/** Whether a measure shows on the board: moderation has not hidden it nor merged it away. */
export function isOnBoard(measure: Measure): boolean {
  return measure.hidden === null && measure.mergedInto === null
}

/** Whether a measure counts on the board: shown, and not withdrawn by its proposer. */
export function isActive(measure: Measure): boolean {
  return isOnBoard(measure) && measure.status !== 'withdrawn'
}

export function useActors(board: Y.Doc): Actor[] {
  return useY(board, listActors, observeActors)
}

export function useParticipants(ledger: Y.Doc): Participant[] {
  return useY(ledger, listParticipants, observeParticipants)
}

function observeModerationAndPeople(ledger: Y.Doc, onChange: () => void): () => void {
  const stopModeration = observeModeration(ledger, onChange)
  const stopPeople = observeParticipants(ledger, onChange)
  return () => {
    stopModeration()
    stopPeople()
  }
}

/** What the facilitator decided about the cards (ledger), live. */
export function useModeration(ledger: Y.Doc): ModerationState {
  return useY(ledger, readModeration, observeModerationAndPeople)
}

export function useSilentMode(control: Y.Doc): SilentMode {
  return useY(control, getSilentMode, observeAgenda)
}

export interface BoardDocs {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
}

/** [P19] The cards `audience` may see, with moderation applied (DESIGN §3: board + ledger). */
export function useBoardCards(docs: BoardDocs, audience: Audience): BoardCard[] {
  const measures = useMeasures(docs.board)
  const moderation = useModeration(docs.ledger)
  const silent = useSilentMode(docs.control)
  const { participantId, role } = audience
  return useMemo(
    () => cardsFor({ participantId, role }, measures, moderation, silent),
    [participantId, role, measures, moderation, silent],
  )
}
