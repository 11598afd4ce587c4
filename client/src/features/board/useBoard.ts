import {
  type Actor,
  listActors,
  listMeasures,
  listParticipants,
  type Measure,
  observeActors,
  observeMeasures,
  observeParticipants,
  type Participant,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

/** The board's live content, read through the shared helpers. */

export function useMeasures(board: Y.Doc): Measure[] {
  return useY(board, listMeasures, observeMeasures)
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
