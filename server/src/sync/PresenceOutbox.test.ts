import { afterEach, describe, expect, it, vi } from 'vitest'
import { PresenceOutbox } from './PresenceOutbox.ts'

const entry = (clientId: number, clock: number) => ({
  clientId,
  clock,
  stateJson: `{"c":${clock}}`,
})

describe('PresenceOutbox', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends a burst of changes as one frame per interval, newest state per client', () => {
    vi.useFakeTimers()
    const sent: { entries: unknown[]; except: string | null }[] = []
    const outbox = new PresenceOutbox<string>(50, (entries, except) =>
      sent.push({ entries, except }),
    )
    outbox.add([entry(1, 1)], 'a')
    outbox.add([entry(1, 2)], 'a')
    outbox.add([entry(2, 1)], 'b')
    expect(sent).toEqual([])
    vi.advanceTimersByTime(50)
    expect(sent).toEqual([{ entries: [entry(1, 2), entry(2, 1)], except: null }])
  })

  it('skips the sender when the batch is all from one connection', () => {
    vi.useFakeTimers()
    const sent: (string | null)[] = []
    const outbox = new PresenceOutbox<string>(50, (_entries, except) => sent.push(except))
    outbox.add([entry(1, 1)], 'a')
    vi.advanceTimersByTime(50)
    expect(sent).toEqual(['a'])
  })

  it('sends at once with no interval, and nothing after close', () => {
    const sent: unknown[] = []
    const outbox = new PresenceOutbox<string>(0, (entries) => sent.push(entries))
    outbox.add([entry(1, 1)], 'a')
    expect(sent).toHaveLength(1)
    vi.useFakeTimers()
    const later = new PresenceOutbox<string>(50, (entries) => sent.push(entries))
    later.add([entry(2, 1)], 'b')
    later.close()
    vi.advanceTimersByTime(100)
    expect(sent).toHaveLength(1)
  })
})
