import { CLOSE_CODES, type DocName, type TokenClaims } from '@pactboard/shared'
import type * as Y from 'yjs'
import type { Metrics } from '../metrics.ts'
import { NO_RELAY, type Relay } from '../relay/Relay.ts'
import { type DocKey, docKeyString, type Store } from '../storage/Store.ts'
import { ClientIds } from './ClientIds.ts'
import { Connection, type ConnectionLimits, type SyncSocket } from './connection.ts'
import type { DocPolicies, PolicyContext } from './DocPolicy.ts'
import { Room } from './Room.ts'
import type { RoomLimits, SyncLogger } from './roomOptions.ts'

/**
 * The loaded rooms, by workshop and doc: loads a room on first use, unloads it a grace period
 * after its last connection left (so a page reload does not pay a reload from the store), and
 * gives the HTTP API the same write path the sockets use.
 *
 * Callers check that the workshop and doc exist first; the registry trusts its keys.
 */

export interface RoomRegistryOptions extends ConnectionLimits, RoomLimits {
  /** Refusals that cost a room a rebuild, per participant and minute ([D3]). */
  maxRebuildsPerMinute: number
  store: Store
  /** One per doc name: what each doc allows (sync/policies). */
  policies: DocPolicies
  /** Other instances sharing the store (NO_RELAY when alone). */
  relay?: Relay
  metrics: Metrics
  log: SyncLogger
  unloadGraceMs: number
  compactAfterUpdates?: number
  /** [G3] Told whenever someone is active in a workshop (a connection, an update). */
  onActivity?: (workshopId: string) => void
}

/** [G1] A write or a room asked for a workshop that is being, or was, deleted. */
export class WorkshopDeletedError extends Error {
  override name = 'WorkshopDeletedError'
}

const DEFAULT_COMPACT_AFTER_UPDATES = 500
/** The 4404 close's reason when the workshop was deleted under a connection ([G1]). */
export const WORKSHOP_DELETED_REASON = 'Workshop deleted'

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>()
  /** `workshopId/participantId` of people removed while this process ran (see removeParticipant). */
  private readonly removed = new Set<string>()
  /** [G1] Workshops deleted while this process ran: no room of theirs is ever made again. */
  private readonly deleted = new Set<string>()
  /** [S1][S2] Per doc, whose client ids are whose; kept while the process runs. */
  private readonly clientIds = new Map<string, ClientIds>()
  private closing = false

  constructor(private readonly options: RoomRegistryOptions) {
    // Whatever the relay lost while it was away, every loaded doc reads back from the store.
    this.relay.onGap(() => {
      for (const room of this.rooms.values()) room.run(() => room.resyncFromStore())
    })
  }

  private get relay(): Relay {
    return this.options.relay ?? NO_RELAY
  }

  get size(): number {
    return this.rooms.size
  }

  isLoaded(key: DocKey): boolean {
    return this.rooms.has(docKeyString(key))
  }

  /** Attaches an authenticated socket to the room of `key`. */
  connect(key: DocKey, socket: SyncSocket, claims: TokenClaims, expiresAtMs?: number): Connection {
    const room = this.roomFor(key)
    this.options.onActivity?.(key.workshopId)
    const { metrics } = this.options
    const connection = new Connection(socket, claims, key, room, this.options, (code) =>
      metrics.countClose(code),
    )
    metrics.connectionsOpen++
    metrics.connectionsTotal++
    socket.onClose(() => {
      metrics.connectionsOpen--
    })
    if (expiresAtMs !== undefined && connection.isOpen) connection.expireAt(expiresAtMs)
    if (connection.isOpen) room.addConnection(connection)
    else if (room.connections.size === 0) this.scheduleUnload(room)
    return connection
  }

  /**
   * [P12] Closes every connection of a removed participant, on every loaded doc of the workshop,
   * with 4410, and refuses them from now on in this process. The store's revocation is what
   * refuses them across restarts; this set closes the gap of an admission already past it.
   */
  removeParticipant(workshopId: string, participantId: string): number {
    this.removed.add(`${workshopId}/${participantId}`)
    let closed = 0
    for (const room of this.rooms.values()) {
      if (room.key.workshopId !== workshopId) continue
      for (const connection of [...room.connections]) {
        if (connection.claims.participantId !== participantId) continue
        connection.close('removed')
        closed++
      }
    }
    return closed
  }

  isRemoved(claims: Pick<TokenClaims, 'workshopId' | 'participantId'>): boolean {
    return this.removed.has(`${claims.workshopId}/${claims.participantId}`)
  }

  /** Whether anyone is connected to a doc of the workshop in this process. */
  hasConnections(workshopId: string): boolean {
    for (const room of this.rooms.values()) {
      if (room.key.workshopId === workshopId && room.connections.size > 0) return true
    }
    return false
  }

  isDeleted(workshopId: string): boolean {
    return this.deleted.has(workshopId)
  }

  /**
   * [G1] Before a workshop's rows are deleted: refuses it from now on in this process (rooms,
   * writes, admissions already past the store check), closes every connection of every loaded
   * doc of it with 4404, and frees its rooms without compacting, once the work they were doing is
   * done. Returns how many connections were closed.
   */
  async closeWorkshop(workshopId: string): Promise<number> {
    this.deleted.add(workshopId)
    const rooms = [...this.rooms.values()].filter((room) => room.key.workshopId === workshopId)
    let closed = 0
    const { code } = CLOSE_CODES.notFound
    for (const room of rooms) closed += room.connections.size
    for (const room of rooms) {
      this.forget(room)
      this.clientIds.delete(docKeyString(room.key))
    }
    await Promise.all(rooms.map((room) => room.retire(code, WORKSHOP_DELETED_REASON)))
    for (const key of [...this.removed]) {
      if (key.startsWith(`${workshopId}/`)) this.removed.delete(key)
    }
    return closed
  }

  /**
   * [G2] Compacts a loaded doc now (loading it first if need be) and has the store forget what
   * went, so deleted content leaves the store's files.
   */
  async compactNow(key: DocKey): Promise<void> {
    const room = this.roomFor(key)
    try {
      await room.compactNow()
    } finally {
      if (room.connections.size === 0) this.scheduleUnload(room)
    }
    await this.options.store.forgetDeleted()
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
    if (this.deleted.has(key.workshopId)) throw new WorkshopDeletedError(key.workshopId)
    const id = docKeyString(key)
    const existing = this.rooms.get(id)
    if (existing && !existing.isBroken) {
      this.cancelUnload(existing)
      return existing
    }
    const policy = this.options.policies[key.doc]
    const dependencies = policy.dependsOn.map((doc) => ({ workshopId: key.workshopId, doc }))
    const context: PolicyContext = {
      dependency: (doc: DocName): Y.Doc => this.roomFor({ workshopId: key.workshopId, doc }).doc,
    }
    const { limits, compactAfterUpdates } = this.roomSettings()
    const room = new Room(key, {
      store: this.options.store,
      metrics: this.options.metrics,
      log: this.options.log,
      policy,
      context,
      relay: this.relay,
      clientIds: this.clientIdsOf(id),
      limits,
      compactAfterUpdates,
      loadAfter:
        dependencies.length === 0
          ? undefined
          : () => Promise.all(dependencies.map((d) => this.roomFor(d).whenLoaded())).then(() => {}),
      // Asked before every update is judged: nothing is allocated when all are loaded.
      dependenciesPending: () => {
        let loading: Promise<void>[] | null = null
        for (const dependency of dependencies) {
          const dependencyRoom = this.roomFor(dependency)
          if (dependencyRoom.isReady) continue
          loading ??= []
          loading.push(dependencyRoom.whenLoaded())
        }
        return loading === null ? null : Promise.all(loading).then(() => {})
      },
      onAppend: () => this.options.onActivity?.(key.workshopId),
      // Called once the room exists: when its last connection leaves, or when it fails.
      onEmpty: () => this.scheduleUnload(room),
      onBroken: () => this.forget(room),
    })
    this.rooms.set(id, room)
    this.options.metrics.roomsLoaded = this.rooms.size
    // The docs its policy reads load first and stay loaded while it is (isPinned).
    for (const dependency of dependencies) this.roomFor(dependency)
    return room
  }

  private roomSettings(): { limits: RoomLimits; compactAfterUpdates: number } {
    const { maxStructsPerUpdate, maxDocBytes, maxPresenceStateChars } = this.options
    return {
      limits: { maxStructsPerUpdate, maxDocBytes, maxPresenceStateChars },
      compactAfterUpdates: this.options.compactAfterUpdates ?? DEFAULT_COMPACT_AFTER_UPDATES,
    }
  }

  private clientIdsOf(id: string): ClientIds {
    let ids = this.clientIds.get(id)
    if (!ids) {
      ids = new ClientIds(this.options.maxRebuildsPerMinute)
      this.clientIds.set(id, ids)
    }
    return ids
  }

  /** A doc stays loaded while a loaded doc of its workshop depends on it. */
  private isPinned(room: Room): boolean {
    for (const other of this.rooms.values()) {
      if (other === room || other.key.workshopId !== room.key.workshopId) continue
      if (this.options.policies[other.key.doc].dependsOn.includes(room.key.doc)) return true
    }
    return false
  }

  private scheduleUnload(room: Room): void {
    if (room.isBroken || this.closing || this.unloadTimers.has(room)) return
    // A deleted workshop's rooms were freed without compacting; nothing of them is written again.
    if (this.deleted.has(room.key.workshopId)) return
    const timer = setTimeout(() => {
      this.unloadTimers.delete(room)
      if (room.connections.size > 0 || this.isPinned(room)) return
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
    const current = this.rooms.get(id) === room
    if (current) this.rooms.delete(id)
    this.options.metrics.roomsLoaded = this.rooms.size
    if (room.isBroken) room.destroy()
    if (current) this.releaseDependencies(room)
  }

  /** The docs `room`'s policy read may unload now, if nothing else holds them. */
  private releaseDependencies(room: Room): void {
    for (const doc of this.options.policies[room.key.doc].dependsOn) {
      const dependency = this.rooms.get(docKeyString({ workshopId: room.key.workshopId, doc }))
      if (dependency && dependency.connections.size === 0) this.scheduleUnload(dependency)
    }
  }
}
