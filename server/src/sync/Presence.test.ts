import { describe, expect, it } from 'vitest'
import { Presence } from './Presence.ts'

const entry = (clientId: number, clock: number, state: unknown) => ({
  clientId,
  clock,
  stateJson: JSON.stringify(state),
})

describe('Presence', () => {
  it('passes on what is new and drops what it has seen (echoes)', () => {
    const presence = new Presence<string>()
    expect(presence.apply('a', [entry(1, 0, { n: 'A' })])).toHaveLength(1)
    expect(presence.apply('b', [entry(1, 0, { n: 'A' })])).toEqual([])
    expect(presence.apply('a', [entry(1, 1, { n: 'A2' })])).toEqual([entry(1, 1, { n: 'A2' })])
    expect(presence.apply('b', [entry(1, 0, { n: 'old' })])).toEqual([])
  })

  it('removes a closed connection’s clients at their current clock', () => {
    const presence = new Presence<string>()
    presence.apply('a', [entry(1, 4, { n: 'A' }), entry(2, 0, { n: 'A-tab' })])
    presence.apply('b', [entry(3, 0, { n: 'B' })])
    expect(presence.removeOwnedBy('a')).toEqual([entry(1, 4, null), entry(2, 0, null)])
    expect(presence.all()).toEqual([entry(3, 0, { n: 'B' })])
    // A late echo of the removed state is refused; the client's own next clock is welcome.
    expect(presence.apply('b', [entry(1, 4, { n: 'A' })])).toEqual([])
    expect(presence.apply('c', [entry(1, 5, { n: 'A' })])).toHaveLength(1)
  })

  it('accepts a removal at the same clock once, and ignores removals of unknown clients', () => {
    const presence = new Presence<string>()
    presence.apply('a', [entry(1, 2, { n: 'A' })])
    expect(presence.apply('a', [entry(1, 2, null)])).toHaveLength(1)
    expect(presence.apply('b', [entry(1, 2, null)])).toEqual([])
    expect(presence.apply('b', [entry(9, 0, null)])).toEqual([])
    expect(presence.size).toBe(0)
  })

  it('drops an owner’s states that were not renewed for a while, and only those', () => {
    let now = 0
    const presence = new Presence<string>(() => now)
    presence.apply('remote', [entry(1, 0, { n: 'A' }), entry(2, 0, { n: 'B' })])
    presence.apply('local', [entry(3, 0, { n: 'C' })])
    now = 20_000
    presence.apply('remote', [entry(2, 1, { n: 'B' })])
    now = 31_000
    expect(presence.removeStale('remote', 30_000)).toEqual([entry(1, 0, null)])
    expect(presence.all().map((e) => e.clientId)).toEqual([2, 3])
    expect(presence.removeStale('remote', 30_000)).toEqual([])
  })
})
