import {
  type AgendaState,
  allowsOf,
  getAgendaState,
  observeAgenda,
  type PhaseAllows,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { useSharedY } from './useSharedY.ts'

/** The control doc's agenda, timer and follow target, live. */
export function useAgenda(control: Y.Doc): AgendaState {
  return useSharedY(control, getAgendaState, observeAgenda)
}

/** What participants may do now (the board lock included). */
export function useAllows(control: Y.Doc): PhaseAllows {
  return allowsOf(useAgenda(control))
}
