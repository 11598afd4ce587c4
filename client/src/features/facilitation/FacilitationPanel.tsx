import {
  addTime,
  bringEveryoneHere,
  type FollowView,
  nextPhaseId,
  pauseTimer,
  previousPhaseId,
  resetTimer,
  setCurrentPhase,
  startTimer,
} from '@pactboard/shared'
import { useState } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { serverNowMs, useServerClock } from '../../sync/serverClock.ts'
import { useAgenda } from '../../sync/useAgenda.ts'
import { AgendaList } from './AgendaList.tsx'

const ONE_MINUTE_MS = 60_000

/** The facilitator's controls: the agenda, moving between phases, the timer, follow me. */
export function FacilitationPanel({ control, view }: { control: Y.Doc; view: FollowView }) {
  const { t } = useTranslation()
  const agenda = useAgenda(control)
  const offsetMs = useServerClock((s) => s.offsetMs)
  const [announcement, setAnnouncement] = useState('')
  const next = nextPhaseId(agenda)
  const previous = previousPhaseId(agenda)
  const now = () => serverNowMs(offsetMs)
  const { timer, currentPhase } = agenda

  const bring = () => {
    bringEveryoneHere(control, { view })
    setAnnouncement(t('phases.broughtEveryone'))
  }

  return (
    <details
      className="panel facilitation"
      key={String(view === 'present')}
      open={view !== 'present'}
    >
      <summary>
        <h2 className="facilitation__heading">{t('phases.panelHeading')}</h2>
      </summary>
      <div className="facilitation__controls">
        <button
          type="button"
          className="button"
          disabled={previous === null}
          onClick={() => previous && setCurrentPhase(control, previous)}
        >
          {t('phases.previous')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={next === null}
          onClick={() => next && setCurrentPhase(control, next)}
        >
          {currentPhase ? t('phases.next') : t('phases.start')}
        </button>
      </div>
      {currentPhase ? (
        <fieldset className="facilitation__controls">
          <legend>{t('phases.timerControls')}</legend>
          {timer.state === 'running' ? (
            <button type="button" className="button" onClick={() => pauseTimer(control, now())}>
              {t('phases.pauseTimer')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => startTimer(control, now())}>
              {t(timer.state === 'paused' ? 'phases.resumeTimer' : 'phases.startTimer')}
            </button>
          )}
          <button
            type="button"
            className="button"
            onClick={() => addTime(control, ONE_MINUTE_MS, now())}
          >
            {t('phases.addMinute')}
          </button>
          <button type="button" className="button" onClick={() => resetTimer(control)}>
            {t('phases.resetTimer')}
          </button>
        </fieldset>
      ) : null}
      <div className="facilitation__controls">
        <button type="button" className="button" onClick={bring}>
          {t('phases.bringEveryone')}
        </button>
        <span className="visually-hidden" aria-live="polite">
          {announcement}
        </span>
      </div>
      <AgendaList control={control} agenda={agenda} />
    </details>
  )
}
