import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NO_RELAY } from '../relay/Relay.ts'
import { ClientIds } from './ClientIds.ts'
import { type AwarenessEntry, decodeAwarenessUpdate } from './protocol.ts'
import {
  PRESENCE_FLUSH_MS,
  REMOTE_PRESENCE_TTL_MS,
  RENEWAL_FLUSH_MS,
  RENEWAL_SPREAD_MS,
  RoomPresence,
} from './RoomPresence.ts'

const entry = (clientId: number, clock: number, state: unknown): AwarenessEntry => ({
  clientId,
  clock,
  stateJson: JSON.stringify(state),
})

const entriesOf = (frame: Uint8Array): AwarenessEntry[] => {
  const decoder = decoding.createDecoder(frame)
  decoding.readVarUint(decoder) // the message type
  return decodeAwarenessUpdate(decoding.readVarUint8Array(decoder))
}

/**
 * A room of `sockets` sockets; `sent` is what its first socket was sent (the entries of each
 * awareness frame), `received` when each socket got each frame.
 */
function roomOf(flushMs = 0, sockets = 1) {
  const received = Array.from(
    { length: sockets },
    () => [] as { atMs: number; frame: Uint8Array }[],
  )
  const receivers = received.map((frames) => ({
    send: (frame: Uint8Array) => frames.push({ atMs: Date.now(), frame }),
  }))
  const presence = new RoomPresence(
    { workshopId: 'w-1', doc: 'board' },
    {
      clientIds: new ClientIds(10),
      relay: NO_RELAY,
      maxStateChars: 1000,
      flushMs,
      broadcast: (frame) => {
        for (const receiver of receivers) receiver.send(frame)
      },
      receivers: () => receivers,
    },
  )
  const sent = {
    get frames() {
      return received[0]!.map(({ frame }) => entriesOf(frame))
    },
  }
  return { presence, sent, received }
}

describe('RoomPresence: the people of another instance', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('drops the people of an instance that died once their states go unrenewed', () => {
    const { presence, sent } = roomOf()
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    presence.fromRelay([entry(8, 0, { name: 'Bertil' })], 'p-bertil')
    expect(presence.all()).toHaveLength(2)

    // Bertil's instance lives and renews his state (every 15 s, as the stock provider does);
    // Aino's died without a word.
    vi.advanceTimersByTime(REMOTE_PRESENCE_TTL_MS / 2)
    presence.fromRelay([entry(8, 1, { name: 'Bertil' })], 'p-bertil')
    vi.advanceTimersByTime(REMOTE_PRESENCE_TTL_MS / 2 + REMOTE_PRESENCE_TTL_MS / 10)

    expect(presence.all()).toEqual([entry(8, 1, { name: 'Bertil' })])
    expect(sent.frames.at(-1)).toEqual([{ clientId: 7, clock: 0, stateJson: 'null' }])
    presence.close()
  })

  it('takes back someone whose state arrives again after they were dropped', () => {
    const { presence } = roomOf()
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(2 * REMOTE_PRESENCE_TTL_MS)
    expect(presence.all()).toEqual([])
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    expect(presence.all()).toEqual([entry(7, 1, { name: 'Aino' })])
    presence.close()
  })
})

describe('RoomPresence: renewals take the slow lane', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('sends a change at once and a renewal only with the next renewal batch', () => {
    const { presence, sent } = roomOf(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    expect(sent.frames).toEqual([[entry(7, 0, { name: 'Aino' })]])

    // The stock provider's "still here": the same state at the next clock.
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    expect(sent.frames).toHaveLength(1)
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    expect(sent.frames).toEqual([[entry(7, 0, { name: 'Aino' })], [entry(7, 1, { name: 'Aino' })]])
    presence.close()
  })

  it('sends a change that follows a pending renewal once, at once, and not the renewal', () => {
    const { presence, sent } = roomOf(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    presence.fromRelay([entry(7, 2, { name: 'Aino', cursor: 4 })], 'p-aino')
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    expect(sent.frames).toEqual([
      [entry(7, 0, { name: 'Aino' })],
      [entry(7, 2, { name: 'Aino', cursor: 4 })],
    ])
    presence.close()
  })

  it('spreads a batch of renewals over the room in slices, every socket within RENEWAL_SPREAD_MS', () => {
    const { presence, received } = roomOf(PRESENCE_FLUSH_MS, 40)
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    // a change reaches every socket at once
    expect(new Set(received.map((frames) => frames[0]?.atMs)).size).toBe(1)

    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    const flushedAt = Date.now() + RENEWAL_FLUSH_MS
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    const renewed = () => received.filter((frames) => frames.length === 2).length
    expect(renewed()).toBeGreaterThan(0)
    expect(renewed()).toBeLessThanOrEqual(40 / 10)
    vi.advanceTimersByTime(RENEWAL_SPREAD_MS)
    expect(renewed()).toBe(40)
    const delays = received.map((frames) => frames[1]!.atMs - flushedAt)
    expect(Math.max(...delays)).toBeLessThan(RENEWAL_SPREAD_MS)
    // evenly: about as many sockets in each half of the spread
    const firstHalf = delays.filter((ms) => ms < RENEWAL_SPREAD_MS / 2).length
    expect(firstHalf).toBeGreaterThanOrEqual(16)
    expect(firstHalf).toBeLessThanOrEqual(24)
    for (const frames of received)
      expect(entriesOf(frames[1]!.frame)).toEqual([entry(7, 1, { name: 'Aino' })])
    presence.close()
  })

  it('sends no slice of a spread batch after the room has closed', () => {
    const { presence, received } = roomOf(PRESENCE_FLUSH_MS, 40)
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    const before = received.reduce((n, frames) => n + frames.length, 0)
    presence.close()
    vi.advanceTimersByTime(RENEWAL_SPREAD_MS)
    expect(received.reduce((n, frames) => n + frames.length, 0)).toBe(before)
  })
})
