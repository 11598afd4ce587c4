import * as decoding from 'lib0/decoding'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { NO_RELAY } from '../relay/Relay.ts'
import { ClientIds } from './ClientIds.ts'
import { type AwarenessEntry, decodeAwarenessUpdate } from './protocol.ts'
import {
  PRESENCE_FLUSH_MS,
  REMOTE_PRESENCE_TTL_MS,
  RENEWAL_FLUSH_MS,
  RoomPresence,
} from './RoomPresence.ts'

const entry = (clientId: number, clock: number, state: unknown): AwarenessEntry => ({
  clientId,
  clock,
  stateJson: JSON.stringify(state),
})

/** What the room's sockets were sent: the entries of each awareness frame. */
function roomOf(flushMs = 0) {
  const sent: AwarenessEntry[][] = []
  const presence = new RoomPresence(
    { workshopId: 'w-1', doc: 'board' },
    {
      clientIds: new ClientIds(10),
      relay: NO_RELAY,
      maxStateChars: 1000,
      flushMs,
      broadcast: (frame) => {
        const decoder = decoding.createDecoder(frame)
        decoding.readVarUint(decoder) // the message type
        sent.push(decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)))
      },
    },
  )
  return { presence, sent }
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
    expect(sent.at(-1)).toEqual([{ clientId: 7, clock: 0, stateJson: 'null' }])
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
    expect(sent).toEqual([[entry(7, 0, { name: 'Aino' })]])

    // The stock provider's "still here": the same state at the next clock.
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    expect(sent).toHaveLength(1)
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    expect(sent).toEqual([[entry(7, 0, { name: 'Aino' })], [entry(7, 1, { name: 'Aino' })]])
    presence.close()
  })

  it('sends a change that follows a pending renewal once, at once, and not the renewal', () => {
    const { presence, sent } = roomOf(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 0, { name: 'Aino' })], 'p-aino')
    vi.advanceTimersByTime(PRESENCE_FLUSH_MS)
    presence.fromRelay([entry(7, 1, { name: 'Aino' })], 'p-aino')
    presence.fromRelay([entry(7, 2, { name: 'Aino', cursor: 4 })], 'p-aino')
    vi.advanceTimersByTime(RENEWAL_FLUSH_MS)
    expect(sent).toEqual([
      [entry(7, 0, { name: 'Aino' })],
      [entry(7, 2, { name: 'Aino', cursor: 4 })],
    ])
    presence.close()
  })
})
