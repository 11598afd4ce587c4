import { describe, expect, it } from 'vitest'
import { reconnectDelayMs } from './reconnect.ts'

describe('reconnectDelayMs', () => {
  it('spreads reconnects over the whole backoff window, capped', () => {
    expect(reconnectDelayMs(1, () => 0)).toBe(0)
    expect(reconnectDelayMs(1, () => 0.5)).toBe(100)
    expect(reconnectDelayMs(3, () => 0.999)).toBeCloseTo(799.2)
    expect(reconnectDelayMs(20, () => 1)).toBe(2500)
  })
})
