import type { TokenClaims } from '@pactboard/shared'
import * as Y from 'yjs'
import type { Metrics } from '../metrics.ts'
import type { DocKey, MaybePromise, Store, StoredDoc } from '../storage/Store.ts'
import type { Connection, ConnectionHost } from './connection.ts'
import { Presence } from './Presence.ts'
import { PresenceOutbox } from './PresenceOutbox.ts'
import {
  type ClientMessage,
  checkUpdate,
  decodeAwarenessUpdate,
  encodeAwarenessMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  MalformedMessageError,
} from './protocol.ts'
import { isPromise, QueueClosedError, TaskQueue } from './TaskQueue.ts'
import { updateAddsNothing } from './updateAddsNothing.ts'

/**
 * One loaded doc and the connections editing it.
 *
 * [D1] Write before relay. An update is appended to the store before a single byte of it is sent
 *      to any other connection: the doc's changes are collected during a transaction, then each
 *      is appended and only then relayed. Sync replies (step 2) are built from the doc, which only
 *      ever holds stored content. So whatever any participant has seen survives kill -9.
 * [D2] An update from a connection that may not write the doc is never applied, stored or
 *      relayed; the sender is told once (y-protocols auth message) and stays connected.
 * [D3] A malformed message or an update Yjs cannot parse closes only its own connection (4400);
 *      it is never stored and the room carries on.
 *
 * Work runs one task at a time in arrival order (load first, then messages, server writes,
 * compaction). With the synchronous SQLite store every task finishes at once; a store that
 * returns promises makes later tasks wait, which buffers messages that arrive while loading.
 */

export const SERVER_ORIGIN = Symbol('server')
/** Long enough to fold a join burst into one frame, short enough that nobody notices. */
export const PRESENCE_FLUSH_MS = 50
const LOAD_ORIGIN = Symbol('load')

export interface SyncLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface RoomOptions {
  store: Store
  metrics: Metrics
  log: SyncLogger
  /** Fold the update log into a snapshot once this many updates piled up. */
  compactAfterUpdates: number
  /** Presence changes are batched this long before they are relayed (0: at once). */
  presenceFlushMs?: number
  /** [P16] For a board room: who may write it in the current phase (absent: the role decides). */
  writeGate?: { refusal(claims: TokenClaims, doc: Y.Doc, update: Uint8Array): string | null }
  /** Waited for before loading: a board room loads after its control room, so the gate is set. */
  loadAfter?: () => Promise<void>
  onEmpty(room: Room): void
  onBroken(room: Room): void
}

export class Room implements ConnectionHost {
  readonly doc = new Y.Doc()
  readonly connections = new Set<Connection>()
  private readonly presence = new Presence<Connection>()
  private readonly presenceOutbox: PresenceOutbox<Connection>
  private state: 'loading' | 'ready' | 'broken' | 'destroyed' = 'loading'
  private readonly queue = new TaskQueue()
  private collected: { update: Uint8Array; origin: unknown }[] = []
  private lastSeq = 0
  private updatesSinceSnapshot = 0
  private compactionScheduled = false
  /** [P16] The phase refusal each connection was last told, so it is told once per closing. */
  private readonly toldClosed = new WeakMap<Connection, string>()

  constructor(
    readonly key: DocKey,
    private readonly options: RoomOptions,
  ) {
    this.presenceOutbox = new PresenceOutbox(
      options.presenceFlushMs ?? PRESENCE_FLUSH_MS,
      (entries, except) => this.broadcast(encodeAwarenessMessage(entries), except),
    )
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) this.collected.push({ update, origin })
    })
    this.run(() => this.load())
  }

  get isBroken(): boolean {
    return this.state === 'broken' || this.state === 'destroyed'
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection)
    this.run(() => this.greet(connection))
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    const removals = this.presence.removeOwnedBy(connection)
    this.presenceOutbox.add(removals, null)
    if (this.connections.size === 0) this.options.onEmpty(this)
  }

  run(task: () => MaybePromise<void>): void {
    this.queue.enqueue(task).catch((error: Error) => {
      if (!(error instanceof QueueClosedError)) this.break(error)
    })
  }

  /** Runs `change` on the doc as the server (origin SERVER_ORIGIN), stored and relayed per [D1]. */
  write<T>(change: (doc: Y.Doc) => T): Promise<T> {
    return this.queue.enqueue(() => {
      let value!: T
      let failure: unknown = null
      this.doc.transact(() => {
        try {
          value = change(this.doc)
        } catch (error) {
          failure = error
        }
      }, SERVER_ORIGIN)
      const settle = () => {
        if (failure !== null) throw failure
        return value
      }
      const storeFailed = (error: unknown): never => {
        this.break(error as Error)
        throw error
      }
      // Whatever the change wrote before failing is in the doc now, so it is stored like the rest.
      let flushed: MaybePromise<void>
      try {
        flushed = this.flushCollected()
      } catch (error) {
        return storeFailed(error)
      }
      return isPromise(flushed) ? flushed.then(settle, storeFailed) : settle()
    })
  }

  /** Resolves once the doc is loaded (and every task queued before this call has run). */
  whenLoaded(): Promise<void> {
    return this.queue.enqueue(() => {})
  }

  /** Compacts, then frees the doc. The registry calls this after the grace period. */
  async unload(): Promise<void> {
    try {
      await this.queue.enqueue(() => this.compact())
    } finally {
      this.destroy()
    }
  }

  /** Closes every connection with `code` (1001 on shutdown), then unloads. */
  async shutdown(code: number, reason: string): Promise<void> {
    for (const connection of [...this.connections]) connection.close(code, reason)
    await this.unload()
  }

  destroy(): void {
    if (this.state === 'destroyed') return
    this.state = 'destroyed'
    this.presenceOutbox.close()
    this.queue.close('Room unloaded')
    this.doc.destroy()
  }

  handleMessage(connection: Connection, message: ClientMessage): MaybePromise<void> {
    switch (message.type) {
      case 'syncStep1':
        connection.send(encodeSyncStep2(this.doc, message.stateVector))
        return
      case 'update':
        return this.receiveUpdate(connection, message.update)
      case 'awareness': {
        const accepted = this.presence.apply(connection, decodeAwarenessUpdate(message.update))
        this.presenceOutbox.add(accepted, connection)
        return
      }
      case 'queryAwareness':
        connection.send(encodeAwarenessMessage(this.presence.all()))
        return
      case 'ignored':
        return
    }
  }

  private receiveUpdate(connection: Connection, update: Uint8Array): MaybePromise<void> {
    const { isEmpty } = checkUpdate(update)
    if (isEmpty) return
    if (!connection.canWrite) {
      if (updateAddsNothing(this.doc, update)) return
      this.options.metrics.updatesRefusedTotal++
      connection.refuseWrite(encodePermissionDenied(connection.readOnlyReason))
      return
    }
    const closed = this.options.writeGate?.refusal(connection.claims, this.doc, update) ?? null
    if (closed !== null) {
      if (updateAddsNothing(this.doc, update)) return
      this.options.metrics.updatesRefusedTotal++
      if (this.toldClosed.get(connection) !== closed) {
        this.toldClosed.set(connection, closed)
        connection.send(encodePermissionDenied(closed))
      }
      return
    }
    this.toldClosed.delete(connection)
    let applyError: unknown = null
    this.doc.transact(() => {
      try {
        Y.applyUpdate(this.doc, update, connection)
      } catch (error) {
        applyError = error
      }
    }, connection)
    if (applyError !== null) {
      // Yjs threw half-way, so the doc may hold part of the update; none of it is stored or
      // relayed. Start the room over from the store; the others reconnect and resync.
      this.collected = []
      connection.close('badMessage')
      this.break(new MalformedMessageError(`Update failed to apply: ${String(applyError)}`))
      return
    }
    // The update builds on something this doc lacks (typically the sender's own edit refused in
    // a closed phase): Yjs holds it back. Ask the sender for everything we miss, so its edits
    // arrive now that it may write, instead of waiting for its next reconnect.
    if (this.doc.store.pendingStructs !== null) connection.send(encodeSyncStep1(this.doc))
    return this.flushCollected()
  }

  /** [D1] Append each collected update, then relay it to everyone but its sender. */
  private flushCollected(): MaybePromise<void> {
    while (this.collected.length > 0) {
      const { update, origin } = this.collected.shift()!
      const startedMs = performance.now()
      const seq = this.options.store.appendUpdate(this.key, update)
      if (isPromise(seq)) {
        return seq.then((s) => {
          this.recordAppend(s, startedMs)
          this.broadcast(encodeUpdate(update), origin)
          return this.flushCollected()
        })
      }
      this.recordAppend(seq, startedMs)
      this.broadcast(encodeUpdate(update), origin)
    }
  }

  private recordAppend(seq: number, startedMs: number): void {
    this.options.metrics.observeAppend((performance.now() - startedMs) / 1000)
    this.options.metrics.updatesTotal++
    this.lastSeq = seq
    this.updatesSinceSnapshot++
    this.scheduleCompaction()
  }

  /** Encoded once by the caller; the same bytes go to every receiver. */
  private broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message)
    }
  }

  private greet(connection: Connection): void {
    if (!connection.isOpen) return
    connection.send(encodeSyncStep1(this.doc))
    const present = this.presence.all()
    if (present.length > 0) connection.send(encodeAwarenessMessage(present))
  }

  private load(): MaybePromise<void> {
    const before = this.options.loadAfter?.()
    // A failed control room must not take the board down with it; its gate stays as it was.
    if (before) return before.catch(() => {}).then(() => this.loadStored())
    return this.loadStored()
  }

  private loadStored(): MaybePromise<void> {
    const stored = this.options.store.loadDoc(this.key)
    return isPromise(stored) ? stored.then((s) => this.applyStored(s)) : this.applyStored(stored)
  }

  private applyStored(stored: StoredDoc): void {
    if (stored.updates.length > 0) {
      Y.applyUpdate(this.doc, Y.mergeUpdates(stored.updates), LOAD_ORIGIN)
    }
    this.lastSeq = stored.lastSeq
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot
    this.state = 'ready'
    this.scheduleCompaction()
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return
    if (this.updatesSinceSnapshot < this.options.compactAfterUpdates) return
    this.compactionScheduled = true
    // Off the current message's path: sync replies and relays go out first.
    setImmediate(() => {
      this.compactionScheduled = false
      if (this.state === 'ready') this.run(() => this.compact())
    })
  }

  private compact(): MaybePromise<void> {
    if (this.state !== 'ready' || this.updatesSinceSnapshot === 0) return
    // The doc holds exactly the updates up to lastSeq: appends happen in the same task as apply.
    const upToSeq = this.lastSeq
    const compacted = this.updatesSinceSnapshot
    const done = () => {
      this.updatesSinceSnapshot -= compacted
    }
    const result = this.options.store.compact(this.key, Y.encodeStateAsUpdate(this.doc), upToSeq)
    return isPromise(result) ? result.then(done) : done()
  }

  /**
   * Something the room cannot recover from in place (a store failure, a half-applied update):
   * drop it without compacting. The store is the truth; clients reconnect (1011 is not final)
   * and resync against a fresh load.
   */
  private break(error: Error): void {
    if (this.isBroken) return
    this.state = 'broken'
    this.options.log.error({ err: error, doc: this.key }, 'room failed; reloading from the store')
    this.queue.close('Room failed')
    for (const connection of [...this.connections]) connection.close(1011, 'Please reconnect')
    this.options.onBroken(this)
  }
}
