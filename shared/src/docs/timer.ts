import type { TimerState } from '../domain/phase.ts'

/**
 * The phase timer's transitions, pure: each takes the state and the server's "now" and returns
 * the next state, so every device computes the same countdown from the same stored numbers.
 */

export function idleTimer(durationMs: number): TimerState {
  return { state: 'idle', durationMs, startedAtServerMs: null, remainingMs: durationMs }
}

export function timerRemainingMs(timer: TimerState, serverNowMs: number): number {
  if (timer.state !== 'running' || timer.startedAtServerMs === null) return timer.remainingMs
  return Math.max(0, timer.remainingMs - (serverNowMs - timer.startedAtServerMs))
}

export function startedTimer(timer: TimerState, serverNowMs: number): TimerState {
  if (timer.state === 'running') return timer
  return { ...timer, state: 'running', startedAtServerMs: serverNowMs }
}

export function pausedTimer(timer: TimerState, serverNowMs: number): TimerState {
  if (timer.state !== 'running') return timer
  return {
    ...timer,
    state: 'paused',
    startedAtServerMs: null,
    remainingMs: timerRemainingMs(timer, serverNowMs),
  }
}

/** Adds time from now: a timer that already ran out gets `ms` more, not `ms` minus the overrun. */
export function extendedTimer(timer: TimerState, ms: number, serverNowMs: number): TimerState {
  const remainingMs = timerRemainingMs(timer, serverNowMs) + ms
  return {
    ...timer,
    durationMs: timer.durationMs + ms,
    remainingMs,
    startedAtServerMs: timer.state === 'running' ? serverNowMs : null,
  }
}
