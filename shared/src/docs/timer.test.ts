import { describe, expect, it } from 'vitest'
import { extendedTimer, idleTimer, pausedTimer, startedTimer, timerRemainingMs } from './timer.ts'

const MINUTE = 60_000

describe('phase timer', () => {
  it('counts down from the server time it started at, and stops at zero', () => {
    const running = startedTimer(idleTimer(10 * MINUTE), 1_000)
    expect(running).toEqual({
      state: 'running',
      durationMs: 10 * MINUTE,
      startedAtServerMs: 1_000,
      remainingMs: 10 * MINUTE,
    })
    expect(timerRemainingMs(running, 1_000 + 4 * MINUTE)).toBe(6 * MINUTE)
    expect(timerRemainingMs(running, 1_000 + 11 * MINUTE)).toBe(0)
  })

  it('pauses with what was left, and resumes from there', () => {
    const paused = pausedTimer(startedTimer(idleTimer(10 * MINUTE), 0), 3 * MINUTE)
    expect(paused.state).toBe('paused')
    expect(timerRemainingMs(paused, 99 * MINUTE)).toBe(7 * MINUTE)
    const resumed = startedTimer(paused, 50 * MINUTE)
    expect(timerRemainingMs(resumed, 52 * MINUTE)).toBe(5 * MINUTE)
  })

  it('adds time from now, also to a timer that already ran out', () => {
    const running = startedTimer(idleTimer(MINUTE), 0)
    const extended = extendedTimer(running, MINUTE, 5 * MINUTE)
    expect(timerRemainingMs(extended, 5 * MINUTE)).toBe(MINUTE)
    expect(extended.durationMs).toBe(2 * MINUTE)
    expect(timerRemainingMs(extendedTimer(idleTimer(MINUTE), MINUTE, 0), 9 * MINUTE)).toBe(
      2 * MINUTE,
    )
  })

  it('leaves a running timer alone when started again, and an idle one when paused', () => {
    const running = startedTimer(idleTimer(MINUTE), 5)
    expect(startedTimer(running, 500)).toBe(running)
    const idle = idleTimer(MINUTE)
    expect(pausedTimer(idle, 500)).toBe(idle)
  })
})
