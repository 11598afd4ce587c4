import { instantiateLayout } from '@pactboard/shared'
import * as Y from 'yjs'
import type { DocKey, MaybePromise, StoredDoc } from '../storage/Store.ts'
import type { Connection, ConnectionHost } from './connection.ts'
import { type ClientMessage, encodeAwarenessMessage, encodePermissionDenied } from './protocol.ts'
import { RoomDoc } from './RoomDoc.ts'
import { RoomGreeting } from './RoomGreeting.ts'
import { RoomLog } from './RoomLog.ts'
import { RoomOutbox } from './RoomOutbox.ts'
import { RoomPresence } from './RoomPresence.ts'
import type { RoomOptions } from './roomOptions.ts'
import { isPromise, QueueClosedError, TaskQueue } from './TaskQueue.ts'
import { burnRefused, takeUpdate } from './UpdateIntake.ts'
import { inspectUpdate } from './updateShape.ts'

/**
 * One loaded doc and the connections editing it.
 *
 * [D1] Write before relay. An update is appended to the store before a single byte of it is sent
 *      to any other connection: the doc's changes are collected during a transaction, then each
 *      is appended and only then relayed. Sync replies (step 2) are built from the doc, which only
 *      ever holds stored content. So whatever any participant has seen survives kill -9.
 * [D2] An update the doc's policy refuses is never applied to what others see, stored or
 *      relayed: the policy's gate refuses before anything is applied; its judge reads the change
 *      Yjs made, and on a refusal the room's doc is rebuilt from the store (nothing of the update
 *      was appended or relayed). The sender is told (y-protocols auth message) and stays
 *      connected; [S2] its refused range is burnt.
 * [D3] A malformed message, an update Yjs cannot parse or integrate, or one that leaves structs
 *      or deletions pending (it builds on content the doc lacks) harms only its sender: its
 *      connection closes (4400, 4413 past the struct limit); the room is rebuilt if the doc was
 *      touched and carries on for everyone else.
 *
 * Work runs one task at a time in arrival order (load first, then messages, server writes,
 * compaction). With the synchronous SQLite store every task finishes at once; a store that
 * returns promises makes later tasks wait, which buffers messages that arrive while loading.
 */

export const SERVER_ORIGIN = Symbol('server')
const LOAD_ORIGIN = Symbol('load')
/** Content another instance stored and relayed: passed to local sockets, never stored again. */
const REMOTE_ORIGIN = Symbol('remote')

export class Room implements ConnectionHost {
  private readonly roomDoc: RoomDoc
  readonly connections = new Set<Connection>()
  private readonly presence: RoomPresence
  private readonly greeting: RoomGreeting
  private readonly leaveRelay: () => void
  private state: 'loading' | 'ready' | 'broken' | 'destroyed' = 'loading'
  private readonly queue = new TaskQueue()
  private readonly outbox: RoomOutbox
  private readonly log: RoomLog
  /** The gate refusal each connection was last told, so it is told once per closing. */
  private readonly toldClosed = new WeakMap<Connection, string>()

  constructor(
    readonly key: DocKey,
    private readonly options: RoomOptions,
  ) {
    this.presence = new RoomPresence(key, {
      clientIds: options.clientIds,
      relay: options.relay,
      maxStateChars: options.limits.maxPresenceStateChars,
      flushMs: options.presenceFlushMs,
      broadcast: (frame, except) => this.broadcast(frame, except),
      receivers: (except) => [...this.connections].filter((c) => c !== except),
    })
    this.roomDoc = new RoomDoc(() => this.newDoc(), LOAD_ORIGIN)
    this.greeting = new RoomGreeting(this.roomDoc, this.presence, (task) => this.run(task))
    this.log = new RoomLog(key, {
      store: options.store,
      metrics: options.metrics,
      compactAfterUpdates: options.compactAfterUpdates,
      onAppend: options.onAppend,
      // Off the current message's path: sync replies and relays go out first.
      scheduleCompaction: () =>
        setImmediate(() => {
          this.log.compactionStarted()
          if (this.state === 'ready') this.run(() => this.compact())
        }),
    })
    this.outbox = new RoomOutbox({
      append: (update) => this.log.append(update),
      publish: (update) => options.relay.publishUpdate(key, update),
      broadcast: (frame, except) => this.broadcast(frame, except),
      remoteOrigin: REMOTE_ORIGIN,
    })
    this.run(() => this.load())
    this.leaveRelay = options.relay.join(key, {
      update: (update) => this.run(() => this.applyRemote(update)),
      presence: (entries, participantId) =>
        this.run(() => this.presence.fromRelay(entries, participantId)),
      // What was stored between our load and the subscription taking effect.
      joined: () => this.run(() => this.resyncFromStore()),
    })
  }

  /**
   * The doc as stored, built if it was not yet (RoomDoc); replaced by a fresh one when a refused
   * change is rolled back.
   */
  get doc(): Y.Doc {
    return this.roomDoc.doc
  }

  get isBroken(): boolean {
    return this.state === 'broken' || this.state === 'destroyed'
  }

  get isReady(): boolean {
    return this.state === 'ready'
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection)
    this.run(() => this.greeting.greet(connection))
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.greeting.forget(connection)
    this.presence.leave(connection)
    if (this.connections.size === 0) this.options.onEmpty()
  }

  run(task: () => MaybePromise<void>): void {
    this.queue.post(task, this.taskFailed)
  }

  /** Later, as a rejection would be: the room breaks after the task that failed, not inside it. */
  private readonly taskFailed = (error: Error): void => {
    if (!(error instanceof QueueClosedError)) queueMicrotask(() => this.break(error))
  }

  /** Runs `change` on the doc as the server (origin SERVER_ORIGIN), stored and relayed per [D1]. */
  write<T>(change: (doc: Y.Doc) => T): Promise<T> {
    return this.queue.enqueue(() => {
      let value!: T
      let failure: unknown = null
      const doc = this.roomDoc.doc
      doc.transact(() => {
        try {
          value = change(doc)
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
        flushed = this.outbox.flush()
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

  /**
   * [G2] Folds the update log into a snapshot of the doc as it is now, at once: what a server
   * write deleted (an erased name) is then in no stored row, since Yjs keeps no content of
   * deleted items in the state it encodes.
   */
  compactNow(): Promise<void> {
    return this.queue.enqueue(() => this.compact())
  }

  /**
   * [G1] Closes every connection with `code` and frees the room WITHOUT compacting: its workshop
   * is being deleted, nothing of it may be written again. Waits for work already running.
   */
  async retire(code: number, reason: string): Promise<void> {
    for (const connection of [...this.connections]) connection.close(code, reason)
    await this.queue.enqueue(() => {}).catch(() => {})
    this.destroy()
  }

  /** Closes every connection with `code` (1001 on shutdown), then unloads. */
  async shutdown(code: number, reason: string): Promise<void> {
    for (const connection of [...this.connections]) connection.close(code, reason)
    await this.unload()
  }

  destroy(): void {
    if (this.state === 'destroyed') return
    this.state = 'destroyed'
    this.leaveRelay()
    this.greeting.close()
    this.presence.close()
    this.queue.close('Room unloaded')
    this.roomDoc.destroy()
  }

  handleMessage(connection: Connection, message: ClientMessage): MaybePromise<void> {
    switch (message.type) {
      case 'syncStep1':
        this.greeting.answer(connection, message.stateVector)
        return
      case 'update':
        return this.receiveUpdate(connection, message.update)
      case 'awareness':
        return this.presence.fromConnection(connection, message.update)
      case 'queryAwareness':
        connection.send(encodeAwarenessMessage(this.presence.all()))
        return
      case 'ignored':
        return
    }
  }

  /** An update another instance judged and stored: applied, passed on, not stored again. */
  private applyRemote(update: Uint8Array): MaybePromise<void> {
    if (this.state !== 'ready') return
    const doc = this.roomDoc.doc
    try {
      Y.applyUpdate(doc, update, REMOTE_ORIGIN)
    } catch {
      return this.rollback()
    }
    // It builds on something this instance missed: the store has it ([D1]).
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
      return this.resyncFromStore()
    }
    return this.outbox.flush()
  }

  /**
   * Brings in whatever the store holds that this doc lacks (after the relay lost messages, or
   * missed them while subscribing), as content another instance stored.
   */
  resyncFromStore(): MaybePromise<void> {
    if (this.state !== 'ready') return
    const stored = this.log.load()
    const apply = (doc: StoredDoc) => {
      if (this.state !== 'ready' || doc.updates.length === 0) return
      Y.applyUpdate(this.roomDoc.doc, Y.mergeUpdates(doc.updates), REMOTE_ORIGIN)
      return this.outbox.flush()
    }
    return isPromise(stored) ? stored.then(apply) : apply(stored)
  }

  private receiveUpdate(connection: Connection, update: Uint8Array): MaybePromise<void> {
    const { limits, metrics } = this.options
    const shape = inspectUpdate(update, limits.maxStructsPerUpdate)
    if (shape.isEmpty) return
    // A doc the policy reads is reloading (after a failure): judge once it is back.
    const pendingDependency = this.options.dependenciesPending?.()
    if (pendingDependency) {
      return pendingDependency.then(() => {
        if (connection.isOpen && this.state === 'ready')
          return this.receiveUpdate(connection, update)
      })
    }
    const { policy, context, clientIds } = this.options
    const verdict = takeUpdate(this.roomDoc.doc, connection, update, shape, {
      policy,
      context,
      clientIds,
      limits,
      storedBytes: this.log.storedBytes,
      docName: this.key.doc,
    })
    switch (verdict.kind) {
      case 'nothing':
        return
      case 'accepted':
        this.toldClosed.delete(connection)
        return this.outbox.flush()
      case 'refused': {
        const done = this.refuse(connection, verdict.reason, verdict.burnFrom, verdict.applied)
        if (verdict.close) connection.close(verdict.close)
        return done
      }
      case 'broken':
        // Only this connection pays: it is closed, the doc goes back to what is stored.
        this.options.log.warn(
          // The message, not the stack: a sender who repeats this must not fill the log.
          {
            doc: this.key,
            participantId: connection.claims.participantId,
            reason: verdict.failure === null ? undefined : String(verdict.failure),
          },
          verdict.pending ? 'update builds on content the doc lacks' : 'update failed to apply',
        )
        metrics.updatesRefusedTotal++
        connection.close('badMessage')
        return this.rollback()
    }
  }

  /**
   * [D2][S2] Tells the sender why (once per reason in a row), burns what it sent under its own
   * ids, and rebuilds the doc when the update had been applied.
   */
  private refuse(
    connection: Connection,
    reason: string,
    burnFrom: ReadonlyMap<number, number>,
    applied: boolean,
  ): MaybePromise<void> {
    const { clientIds, metrics } = this.options
    metrics.updatesRefusedTotal++
    const participantId = connection.claims.participantId
    burnRefused(clientIds, participantId, burnFrom)
    if (this.toldClosed.get(connection) !== reason) {
      this.toldClosed.set(connection, reason)
      connection.send(encodePermissionDenied(reason))
    }
    if (!applied) return
    // A rebuild costs a load from the store: someone who keeps being refused is cut off.
    if (!clientIds.takeRebuild(participantId)) connection.close('tooManyMessages')
    return this.rollback()
  }

  /** Back to the stored state: a fresh doc, loaded from the store; nothing was appended. */
  private rollback(): MaybePromise<void> {
    this.outbox.drop()
    this.roomDoc.reset()
    this.state = 'loading'
    this.options.metrics.roomRebuildsTotal++
    return this.loadStored()
  }

  private newDoc(): Y.Doc {
    const doc = new Y.Doc()
    instantiateLayout(doc, this.options.policy.layout)
    this.options.clientIds.reserve(doc.clientID)
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== LOAD_ORIGIN) this.outbox.collect(update, origin)
    })
    return doc
  }

  /** Encoded once by the caller; the same bytes go to every receiver. */
  private broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections) {
      if (connection !== except) connection.send(message)
    }
  }

  private load(): MaybePromise<void> {
    const before = this.options.loadAfter?.()
    // A failed control room must not take the board down with it; its gate stays as it was.
    if (before) return before.catch(() => {}).then(() => this.loadStored())
    return this.loadStored()
  }

  private loadStored(): MaybePromise<void> {
    const stored = this.log.load()
    return isPromise(stored) ? stored.then((s) => this.applyStored(s)) : this.applyStored(stored)
  }

  private applyStored(stored: StoredDoc): void {
    this.roomDoc.load(stored.updates)
    this.state = 'ready'
    this.log.loaded(stored)
  }

  private compact(): MaybePromise<void> {
    if (this.state !== 'ready') return
    return this.log.compact(() => this.roomDoc.snapshot())
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
    this.options.onBroken()
  }
}
