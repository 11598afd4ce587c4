import type { DocKey } from '../storage/Store.ts'
import type { AwarenessEntry } from '../sync/protocol.ts'

/**
 * How instances of one deployment tell each other what happened in a doc (DESIGN §5). An update
 * is published after it was appended to the shared store ([D1]), so another instance applies it
 * without storing it again and passes it to its own sockets; presence is published as its
 * entries, with the participant they belong to ([S1]). What a relay loses (a restart, a blip), an
 * instance gets back from the store: after a gap every joined doc resyncs (`onGap`).
 *
 * One process alone needs none of it: NO_RELAY. Several share Redis: RedisRelay.
 */
export interface RelayHandlers {
  update(update: Uint8Array): void
  presence(entries: AwarenessEntry[], participantId: string): void
  /** The subscription took effect: anything stored before it must be read from the store. */
  joined(): void
}

export interface Relay {
  /** Starts hearing `key`'s messages from other instances; returns how to stop. */
  join(key: DocKey, handlers: RelayHandlers): () => void
  publishUpdate(key: DocKey, update: Uint8Array): void
  publishPresence(key: DocKey, entries: AwarenessEntry[], participantId: string): void
  /** Called after the relay may have missed messages (it reconnected). */
  onGap(listener: () => void): void
  close(): Promise<void>
}

export const NO_RELAY: Relay = {
  join: () => () => {},
  publishUpdate: () => {},
  publishPresence: () => {},
  onGap: () => {},
  close: async () => {},
}
