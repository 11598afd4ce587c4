import { describe, expect, it } from 'vitest'
import { readClientMessage } from './protocol.ts'
import { type OutboxWiring, RoomOutbox } from './RoomOutbox.ts'

const REMOTE = Symbol('remote')
const alice = { name: 'alice' }

/** An outbox whose every step is written to `steps`, with the store's answer chosen per test. */
function outboxLogging(append: OutboxWiring['append']) {
  const steps: string[] = []
  const outbox = new RoomOutbox({
    append: (update) => {
      steps.push(`append ${update[0]}`)
      return append(update)
    },
    publish: (update) => steps.push(`publish ${update[0]}`),
    broadcast: (frame, except) => {
      const message = readClientMessage(frame)
      const first = message.type === 'update' ? message.update[0] : '?'
      steps.push(`send ${first} except ${except === alice ? 'alice' : 'nobody'}`)
    },
    remoteOrigin: REMOTE,
  })
  return { steps, outbox }
}

describe('RoomOutbox [D1]', () => {
  it('stores each change before it is published or sent, in the order they came', () => {
    const { steps, outbox } = outboxLogging(() => {})
    outbox.collect(Uint8Array.of(1), alice)
    outbox.collect(Uint8Array.of(2), alice)
    outbox.flush()
    expect(steps).toEqual([
      'append 1',
      'publish 1',
      'send 1 except alice',
      'append 2',
      'publish 2',
      'send 2 except alice',
    ])
  })

  it('sends nothing of a change while its store has not answered, nor of those after it', async () => {
    let stored!: () => void
    const { steps, outbox } = outboxLogging(
      () =>
        new Promise<void>((resolve) => {
          stored = resolve
        }),
    )
    outbox.collect(Uint8Array.of(1), alice)
    outbox.collect(Uint8Array.of(2), alice)
    const flushed = outbox.flush()
    expect(steps).toEqual(['append 1'])
    stored()
    await Promise.resolve()
    expect(steps).toEqual(['append 1', 'publish 1', 'send 1 except alice', 'append 2'])
    stored()
    await flushed
    expect(steps.slice(-2)).toEqual(['publish 2', 'send 2 except alice'])
  })

  it('relays nothing of a change whose append failed', async () => {
    const { steps, outbox } = outboxLogging(() => Promise.reject(new Error('disk full')))
    outbox.collect(Uint8Array.of(1), alice)
    await expect(outbox.flush()).rejects.toThrow('disk full')
    const failing = outboxLogging(() => {
      throw new Error('disk full')
    })
    failing.outbox.collect(Uint8Array.of(3), alice)
    expect(() => failing.outbox.flush()).toThrow('disk full')
    expect([...steps, ...failing.steps]).toEqual(['append 1', 'append 3'])
  })

  it('sends on what another instance stored without storing it again, to everyone', () => {
    const { steps, outbox } = outboxLogging(() => {})
    outbox.collect(Uint8Array.of(7), REMOTE)
    outbox.flush()
    expect(steps).toEqual(['send 7 except nobody'])
  })

  it('forgets what it collected when the doc is rebuilt', () => {
    const { steps, outbox } = outboxLogging(() => {})
    outbox.collect(Uint8Array.of(1), alice)
    outbox.drop()
    outbox.flush()
    expect(steps).toEqual([])
  })
})
