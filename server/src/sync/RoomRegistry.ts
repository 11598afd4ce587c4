import type { TokenClaims } from '@pactboard/shared'
import type * as Y from 'yjs'
import type { Metrics } from '../metrics.ts'
import { type DocKey, docKeyString, type Store } from '../storage/Store.ts'
import { Connection, type ConnectionLimits, type SyncSocket } from './connection.ts'
import { Room, type SyncLogger } from './Room.ts'

/**
 * The loaded rooms, by workshop and doc: loads a room on first use, unloads it a grace period
 * after its last connection left (so a page reload does not pay a reload from the store), and
 * gives the HTTP API the same write path the sockets use.
 *
 * Callers check that the workshop and doc exist first; the registry trusts its keys.
 */

export interface RoomRegistryOptions extends ConnectionLimits {
  store: Store
  metrics: Metrics
  log: SyncLogger
  unloadGraceMs: number
  compactAfterUpdates?: number
}

const DEFAULT_COMPACT_AFTER_UPDATES = 500

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>()
  private closing = false

  constructor(private readonly options: RoomRegistryOptions) {}

  get size(): number {
    return this.rooms.size
  }

  isLoaded(key: DocKey): boolean {
    return this.rooms.has(docKeyString(key))
  }

  /** Attaches an authenticated socket to the room of `key`. */
  connect(key: DocKey, socket: SyncSocket, claims: TokenClaims): Connection {
    const room = this.roomFor(key)
    const { metrics } = this.options
    const connection = new Connection(socket, claims, key, room, this.options, (code) =>
      metrics.countClose(code),
    )
    metrics.connectionsOpen++
    metrics.connectionsTotal++
    socket.onClose(() => {
      metrics.connectionsOpen--
    })
    if (connection.isOpen) room.addConnection(connection)
    else if (room.connections.size === 0) this.scheduleUnload(room)
    return connection
  }

  /** Writes `key`'s doc as the server: loaded if needed, stored and relayed like any update. */
  async write<T>(key: DocKey, change: (doc: Y.Doc) => T): Promise<T> {
    const room = this.roomFor(key)
    try {
      return await room.write(change)
    } finally {
      if (room.connections.size === 0) this.scheduleUnload(room)
    }
  }

  /** On shutdown: close every socket (1001), compact and free every room. */
  async shutdown(): Promise<void> {
    this.closing = true
    for (const timer of this.unloadTimers.values()) clearTimeout(timer)
    this.unloadTimers.clear()
    const rooms = [...this.rooms.values()]
    this.rooms.clear()
    await Promise.allSettled(rooms.map((room) => room.shutdown(1001, 'Server shutting down')))
    this.options.metrics.roomsLoaded = 0
  }

  private roomFor(key: DocKey): Room {
    if (this.closing) throw new Error('The server is shutting down')
    const id = docKeyString(key)
    const existing = this.rooms.get(id)
    if (existing && !existing.isBroken) {
      this.cancelUnload(existing)
      return existing
    }
    const room = new Room(key, {
      store: this.options.store,
      metrics: this.options.metrics,
      log: this.options.log,
      compactAfterUpdates: this.options.compactAfterUpdates ?? DEFAULT_COMPACT_AFTER_UPDATES,
      onEmpty: (r) => this.scheduleUnload(r),
      onBroken: (r) => this.forget(r),
    })
    this.rooms.set(id, room)
    this.options.metrics.roomsLoaded = this.rooms.size
    return room
  }

  private scheduleUnload(room: Room): void {
    if (room.isBroken || this.closing || this.unloadTimers.has(room)) return
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room)
      if (room.connections.size > 0) return
      this.forget(room)
      room.unload().catch((error: Error) => {
        this.options.log.error({ err: error, doc: room.key }, 'unloading a room failed')
      })
    }, this.options.unloadGraceMs)
    timer.unref()
    this.unloadTimers.set(room, timer)
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room)
    if (timer) clearTimeout(timer)
    this.unloadTimers.delete(room)
  }

  private forget(room: Room): void {
    this.cancelUnload(room)
    const id = docKeyString(room.key)
    if (this.rooms.get(id) === room) this.rooms.delete(id)
    this.options.metrics.roomsLoaded = this.rooms.size
    if (room.isBroken) room.destroy()
  }
}
