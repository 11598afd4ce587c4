import {
  type AgendaState,
  allowsOf,
  getAgendaState,
  type Language,
  observeAgenda,
  type PhaseAllows,
  shownPhaseTitle,
} from '@pactboard/shared'
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { useCurrentLanguage } from '../i18n/useLanguage.ts'
import { useSharedY } from './useSharedY.ts'

/**
 * The control doc's agenda, timer and follow target, live. Phases keep the titles they were
 * given, except that a title still as the template named it is said in the screen's language:
 * in a bilingual workshop the Swedish screens read "Förslag" where the Finnish read "Ehdotukset".
 */
export function useAgenda(control: Y.Doc): AgendaState {
  const state = useSharedY(control, getAgendaState, observeAgenda)
  const language = useCurrentLanguage()
  return useMemo(() => inLanguage(state, language), [state, language])
}

function inLanguage(state: AgendaState, language: Language): AgendaState {
  const phases = state.phases.map((phase) => {
    const title = shownPhaseTitle(phase, language)
    return title === phase.title ? phase : { ...phase, title }
  })
  const currentPhase = phases.find((phase) => phase.id === state.currentPhaseId) ?? null
  return { ...state, phases, currentPhase }
}

/** What participants may do now (the board lock included). */
export function useAllows(control: Y.Doc): PhaseAllows {
  return allowsOf(useAgenda(control))
}
