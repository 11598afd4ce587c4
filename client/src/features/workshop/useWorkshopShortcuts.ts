import {
  addTime,
  bringEveryoneHere,
  type FollowView,
  getAgendaState,
  nextPhaseId,
  pauseTimer,
  previousPhaseId,
  revealSilentProposals,
  setCurrentPhase,
  startSilentMode,
  startTimer,
} from '@pactboard/shared'
import { useRef } from 'react'
import { useHotkeys } from 'react-hotkeys-hook'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { revealResults } from '../../api/votingApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { serverNowMs, useServerClock } from '../../sync/serverClock.ts'
import type { BoardDocs } from '../../sync/useBoard.ts'
import { useBoardCards, useSilentMode } from '../../sync/useBoard.ts'
import { BOARD_SEARCH_ID } from '../board/BoardToolbar.tsx'
import { useResultsRevealed } from '../voting/useVoting.ts'
import { useConsoleStore } from './consoleStore.ts'
import { type ShortcutAction, shortcutsFor } from './shortcuts.ts'

const ONE_MINUTE_MS = 60_000

interface ShortcutOptions {
  docs: BoardDocs
  api: ApiCaller
  facilitating: boolean
  view: FollowView
  onHelp: () => void
  /** Says what a key did, for screen readers (and as a line on screen). */
  announce: (text: string) => void
}

/**
 * The keys of SHORTCUTS, acting as the console's buttons do. A key someone types into a field,
 * or presses with Ctrl, Alt or Cmd, is theirs; so is every key while a dialog is open.
 */
export function useWorkshopShortcuts(options: ShortcutOptions): { error: string | null } {
  const { docs, api, facilitating, view, onHelp, announce } = options
  const { t } = useTranslation()
  const offsetMs = useServerClock((s) => s.offsetMs)
  const revealed = useResultsRevealed(docs.control)
  const silent = useSilentMode(docs.control)
  const cards = useBoardCards(docs, { participantId: null, role: 'facilitator' })
  const reveal = useApiCall()
  const control = docs.control

  const act: Record<ShortcutAction, () => void> = {
    nextPhase: () => {
      const next = nextPhaseId(getAgendaState(control))
      if (next === null) return
      setCurrentPhase(control, next)
      announce(t('console.did.phase', { phase: getAgendaState(control).currentPhase?.title }))
    },
    previousPhase: () => {
      const previous = previousPhaseId(getAgendaState(control))
      if (previous === null) return
      setCurrentPhase(control, previous)
      announce(t('console.did.phase', { phase: getAgendaState(control).currentPhase?.title }))
    },
    toggleTimer: () => {
      const { timer, currentPhase } = getAgendaState(control)
      if (!currentPhase) return
      const now = serverNowMs(offsetMs)
      if (timer.state === 'running') {
        pauseTimer(control, now)
        announce(t('console.did.timerPaused'))
      } else {
        startTimer(control, now)
        announce(t('console.did.timerStarted'))
      }
    },
    addMinute: () => {
      if (!getAgendaState(control).currentPhase) return
      addTime(control, ONE_MINUTE_MS, serverNowMs(offsetMs))
      announce(t('console.did.minuteAdded'))
    },
    toggleResults: () => {
      void reveal
        .run(() => revealResults(api, !revealed))
        .then((done) => {
          if (done) announce(t(revealed ? 'console.did.resultsHidden' : 'console.did.resultsShown'))
        })
    },
    silentMode: () => {
      if (silent.on) {
        revealSilentProposals(control)
        announce(t('silent.revealed'))
      } else {
        startSilentMode(
          control,
          cards.map(({ measure }) => measure.id),
        )
        announce(t('silent.started'))
      }
    },
    bringEveryone: () => {
      bringEveryoneHere(control, { view })
      announce(t('phases.broughtEveryone'))
    },
    toggleConsole: () => useConsoleStore.getState().toggleCollapsed(),
    search: () => document.getElementById(BOARD_SEARCH_ID)?.focus(),
    help: onHelp,
  }

  // The hook keeps its first callback: the handlers are read from here, always the latest.
  const latest = useRef(act)
  latest.current = act
  const shortcuts = shortcutsFor(facilitating)
  useHotkeys(
    shortcuts.map((shortcut) => shortcut.key),
    (event) => {
      const shortcut = shortcuts.find((s) => s.key === event.key.toLowerCase())
      if (shortcut) latest.current[shortcut.action]()
    },
    {
      useKey: true,
      // "?" and "/" take Shift on many keyboards (a Swedish one among them): the key decides.
      ignoreModifiers: true,
      ignoreEventWhen: (event) =>
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        document.body.classList.contains('has-dialog'),
      preventDefault: true,
    },
  )
  return { error: reveal.error }
}
