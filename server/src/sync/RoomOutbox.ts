import type { MaybePromise } from '../storage/Store.ts'
import { encodeUpdate } from './protocol.ts'
import { isPromise } from './TaskQueue.ts'

/**
 * [D1] A room's doc changes on their way out: each is appended to the store, and only once it is
 * stored is it published to the other instances and sent to the room's other sockets. Content
 * another instance stored (`remoteOrigin`) is only sent on.
 */
export interface OutboxWiring {
  append(update: Uint8Array): MaybePromise<void>
  publish(update: Uint8Array): void
  /** `frame` to every socket of the room but `except`. */
  broadcast(frame: Uint8Array, except: unknown): void
  remoteOrigin: symbol
}

export class RoomOutbox {
  private pending: { update: Uint8Array; origin: unknown }[] = []

  constructor(private readonly wiring: OutboxWiring) {}

  /** A change of the doc, from its `update` event, by `origin` (the connection that sent it). */
  collect(update: Uint8Array, origin: unknown): void {
    this.pending.push({ update, origin })
  }

  /** Forgets what was collected: the doc it came from is being rebuilt from the store. */
  drop(): void {
    this.pending = []
  }

  /** Appends each collected change, then relays it to everyone but its sender, in order. */
  flush(): MaybePromise<void> {
    const { append, publish, broadcast, remoteOrigin } = this.wiring
    while (this.pending.length > 0) {
      const { update, origin } = this.pending.shift()!
      if (origin === remoteOrigin) {
        broadcast(encodeUpdate(update), null)
        continue
      }
      const relay = () => {
        publish(update)
        broadcast(encodeUpdate(update), origin)
      }
      const stored = append(update)
      if (isPromise(stored)) {
        return stored.then(() => {
          relay()
          return this.flush()
        })
      }
      relay()
    }
  }
}
