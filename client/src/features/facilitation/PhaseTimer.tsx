import { type TimerState, timerRemainingMs } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { serverNowMs, useServerClock } from '../../sync/serverClock.ts'

const TICK_MS = 250

export function formatRemaining(ms: number): string {
  const totalSeconds = Math.ceil(ms / 1000)
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  return `${minutes}:${String(seconds).padStart(2, '0')}`
}

/**
 * The phase timer as everyone sees it, on the server's clock. It ends gently: the digits pulse
 * and screen readers hear "Time is up" once; no sound in a room full of phones.
 */
export function PhaseTimer({ timer }: { timer: TimerState }) {
  const { t } = useTranslation()
  const offsetMs = useServerClock((s) => s.offsetMs)
  const [, setTick] = useState(0)
  useEffect(() => {
    if (timer.state !== 'running') return
    const interval = setInterval(() => setTick((n) => n + 1), TICK_MS)
    return () => clearInterval(interval)
  }, [timer.state])

  const remainingMs = timerRemainingMs(timer, serverNowMs(offsetMs))
  const done = timer.state === 'running' && remainingMs === 0
  const stateLabel = t(`phases.timer.${timer.state}`)
  return (
    <div className="phase-timer">
      <span
        className={done ? 'phase-timer__time phase-timer__time--done' : 'phase-timer__time'}
        role="timer"
        aria-label={t('phases.timer.label', { state: stateLabel })}
      >
        {formatRemaining(remainingMs)}
      </span>
      <span className="phase-timer__state">{stateLabel}</span>
      <span className="visually-hidden" aria-live="polite">
        {done ? t('phases.timer.timeUp') : ''}
      </span>
    </div>
  )
}
