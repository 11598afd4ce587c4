import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { type DocKey, docKeyString } from '../storage/Store.ts'
import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  encodeAwarenessMessage,
} from '../sync/protocol.ts'
import type { Relay, RelayHandlers } from './Relay.ts'

/**
 * The relay over Redis pub/sub: one channel per doc (`<prefix>:doc:<workshopId>/<doc>`), one
 * connection to publish and one to listen. A message is
 *   varString instance id, varUint kind (0 update, 1 presence), varString participant id,
 *   varUint8Array payload (a Yjs update, or an awareness message's inner update)
 * and an instance ignores its own. Pub/sub keeps nothing: a message sent while an instance was
 * away is gone, so when the listening connection is back, `onGap` listeners resync from the store.
 */

const KIND_UPDATE = 0
const KIND_PRESENCE = 1

export interface RedisRelayOptions {
  url: string
  /** Keeps deployments (and test runs) sharing one Redis apart. */
  prefix: string
  onError?: (error: Error) => void
  /** Seconds between an update's publication and its arrival here. */
  onLag?: (seconds: number) => void
}

export class RedisRelay implements Relay {
  private readonly instance = randomBytes(8).toString('hex')
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly handlers = new Map<string, Set<RelayHandlers>>()
  private readonly subscribing = new Map<string, Promise<unknown>>()
  private readonly gapListeners: (() => void)[] = []
  private connectedOnce = false

  private constructor(private readonly options: RedisRelayOptions) {
    const common = { lazyConnect: true, maxRetriesPerRequest: null, enableOfflineQueue: true }
    this.publisher = new Redis(options.url, common)
    this.subscriber = new Redis(options.url, common)
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => options.onError?.(error))
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString(), message),
    )
    this.subscriber.on('ready', () => {
      // The first ready is the start; every later one follows a loss of the connection.
      if (this.connectedOnce) for (const listener of this.gapListeners) listener()
      this.connectedOnce = true
    })
  }

  static async connect(options: RedisRelayOptions): Promise<RedisRelay> {
    const relay = new RedisRelay(options)
    await Promise.all([relay.publisher.connect(), relay.subscriber.connect()])
    return relay
  }

  join(key: DocKey, handlers: RelayHandlers): () => void {
    const channel = this.channelOf(key)
    let set = this.handlers.get(channel)
    if (!set) {
      set = new Set()
      this.handlers.set(channel, set)
      const subscribed = this.subscriber.subscribe(channel)
      this.subscribing.set(channel, subscribed)
      void subscribed.catch((error: Error) => this.options.onError?.(error))
    }
    set.add(handlers)
    void this.subscribing
      .get(channel)
      ?.then(() => {
        if (this.handlers.get(channel)?.has(handlers)) handlers.joined()
      })
      .catch(() => {})
    return () => {
      const current = this.handlers.get(channel)
      if (!current?.delete(handlers) || current.size > 0) return
      this.handlers.delete(channel)
      this.subscribing.delete(channel)
      void this.subscriber
        .unsubscribe(channel)
        .catch((error: Error) => this.options.onError?.(error))
    }
  }

  publishUpdate(key: DocKey, update: Uint8Array): void {
    this.publish(key, KIND_UPDATE, '', update)
  }

  publishPresence(key: DocKey, entries: AwarenessEntry[], participantId: string): void {
    // The awareness message minus its type byte: the inner update the protocol decodes.
    const inner = decoding.readVarUint8Array(
      decoding.createDecoder(encodeAwarenessMessage(entries).subarray(1)),
    )
    this.publish(key, KIND_PRESENCE, participantId, inner)
  }

  onGap(listener: () => void): void {
    this.gapListeners.push(listener)
  }

  async ping(): Promise<void> {
    await this.publisher.ping()
  }

  async close(): Promise<void> {
    this.handlers.clear()
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }

  private channelOf(key: DocKey): string {
    return `${this.options.prefix}:doc:${docKeyString(key)}`
  }

  private publish(key: DocKey, kind: number, participantId: string, payload: Uint8Array): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarString(encoder, this.instance)
    encoding.writeVarUint(encoder, kind)
    encoding.writeVarString(encoder, participantId)
    encoding.writeFloat64(encoder, Date.now())
    encoding.writeVarUint8Array(encoder, payload)
    void this.publisher
      .publish(this.channelOf(key), Buffer.from(encoding.toUint8Array(encoder)))
      .catch((error: Error) => this.options.onError?.(error))
  }

  private receive(channel: string, message: Buffer): void {
    const handlers = this.handlers.get(channel)
    if (!handlers) return
    try {
      const decoder = decoding.createDecoder(new Uint8Array(message))
      if (decoding.readVarString(decoder) === this.instance) return
      const kind = decoding.readVarUint(decoder)
      const participantId = decoding.readVarString(decoder)
      const sentAtMs = decoding.readFloat64(decoder)
      const payload = decoding.readVarUint8Array(decoder)
      this.options.onLag?.(Math.max(0, Date.now() - sentAtMs) / 1000)
      for (const handler of handlers) {
        if (kind === KIND_UPDATE) handler.update(payload)
        else if (kind === KIND_PRESENCE)
          handler.presence(decodeAwarenessUpdate(payload), participantId)
      }
    } catch (error) {
      this.options.onError?.(error as Error)
    }
  }
}
