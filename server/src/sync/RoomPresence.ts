import type { Relay } from '../relay/Relay.ts'
import type { DocKey } from '../storage/Store.ts'
import type { ClientIds } from './ClientIds.ts'
import type { Connection } from './connection.ts'
import { Presence } from './Presence.ts'
import { PresenceOutbox } from './PresenceOutbox.ts'
import { type AwarenessEntry, decodeAwarenessUpdate, encodeAwarenessMessage } from './protocol.ts'
import { type Receiver, SpreadBroadcast } from './SpreadBroadcast.ts'

/**
 * One room's presence (awareness): who is here and where their caret is. [S1] Each entry must be
 * for a client id of its sender's own, local or through the relay; states over the size limit
 * are dropped; changes are batched for PRESENCE_FLUSH_MS, then sent to the room's sockets and
 * published to the other instances.
 *
 * Renewals (a state sent again unchanged, every 15 s per client, to say it is still there) take
 * a slower lane: gathered for RENEWAL_FLUSH_MS, so a room of 1,000 phones costs one frame per
 * socket every few seconds for them instead of one every PRESENCE_FLUSH_MS, and that frame is
 * spread over the room's sockets in slices over RENEWAL_SPREAD_MS rather than sent to all at once. Clients drop a
 * remote state 30 s after its last renewal, so a few seconds late is still in time.
 *
 * A local socket's people leave when it closes. Another instance's people leave when that
 * instance says so, or, if it died and cannot, when their states go unrenewed for
 * REMOTE_PRESENCE_TTL_MS: the stock provider renews its state every 15 s and drops a remote
 * state after 30 s without one, and so does this room, for everyone it hands presence to.
 */

/** Long enough to fold a join burst into one frame, short enough that nobody notices. */
export const PRESENCE_FLUSH_MS = 50

/** How long renewals gather: well inside the 15 s a client's state has left after a renewal. */
export const RENEWAL_FLUSH_MS = 5_000

/**
 * Over how long a batch of renewals reaches the room's sockets, in RENEWAL_SLICES slices
 * (SpreadBroadcast): well inside the time a renewal has, and long enough that a room's sockets
 * (and their echoes of it) do not all take it at once.
 */
export const RENEWAL_SPREAD_MS = 2_000
const RENEWAL_SLICES = 20

/** y-protocols' `outdatedTimeout`: twice a live client's renewal period. */
export const REMOTE_PRESENCE_TTL_MS = 30_000

/** The owner of presence entries that came through the relay. */
const REMOTE = Symbol('another instance')

export interface RoomPresenceOptions {
  clientIds: ClientIds
  relay: Relay
  maxStateChars: number
  flushMs?: number
  renewalFlushMs?: number
  renewalSpreadMs?: number
  remoteTtlMs?: number
  /** Sends one encoded frame to every socket of the room but `except`. */
  broadcast(frame: Uint8Array, except: Connection | null): void
  /** The room's sockets but `except`, as they are now. */
  receivers(except: Connection | null): Receiver[]
}

export class RoomPresence {
  private readonly held = new Presence<Connection | typeof REMOTE>()
  private readonly outbox: PresenceOutbox<Connection>
  private readonly renewals: PresenceOutbox<Connection>
  private readonly spread: SpreadBroadcast
  private readonly sweep: ReturnType<typeof setInterval>

  constructor(
    private readonly key: DocKey,
    private readonly options: RoomPresenceOptions,
  ) {
    const send = (entries: AwarenessEntry[], except: Connection | null) =>
      options.broadcast(encodeAwarenessMessage(entries), except)
    this.outbox = new PresenceOutbox(options.flushMs ?? PRESENCE_FLUSH_MS, send)
    this.spread = new SpreadBroadcast(options.renewalSpreadMs ?? RENEWAL_SPREAD_MS, RENEWAL_SLICES)
    this.renewals = new PresenceOutbox(
      options.renewalFlushMs ?? RENEWAL_FLUSH_MS,
      (entries, except) =>
        this.spread.send(options.receivers(except), encodeAwarenessMessage(entries)),
    )
    const ttlMs = options.remoteTtlMs ?? REMOTE_PRESENCE_TTL_MS
    this.sweep = setInterval(() => {
      const removals = this.held.removeStale(REMOTE, ttlMs)
      for (const removal of removals) this.renewals.drop(removal.clientId)
      this.outbox.add(removals, null)
    }, ttlMs / 10)
    this.sweep.unref()
  }

  /** [S1] A socket's awareness update: entries for client ids of someone else are dropped. */
  fromConnection(connection: Connection, bytes: Uint8Array): void {
    const { clientIds, maxStateChars, relay } = this.options
    const participantId = connection.claims.participantId
    const own = decodeAwarenessUpdate(bytes).filter(
      (entry) =>
        entry.stateJson.length <= maxStateChars &&
        clientIds.claimOne(participantId, entry.clientId),
    )
    const accepted = this.queue(connection, own)
    if (accepted.length > 0) relay.publishPresence(this.key, accepted, participantId)
  }

  /** [S1] Presence from another instance, held to the same ownership as a local socket's. */
  fromRelay(entries: AwarenessEntry[], participantId: string): void {
    const own = entries.filter((entry) =>
      this.options.clientIds.claimOne(participantId, entry.clientId),
    )
    this.queue(REMOTE, own)
  }

  /** Applies `entries` and queues what is new: renewals in the slow lane, changes in the fast. */
  private queue(from: Connection | typeof REMOTE, entries: AwarenessEntry[]): AwarenessEntry[] {
    const renewing = new Set(entries.filter((e) => this.held.isRenewal(e)).map((e) => e.clientId))
    const accepted = this.held.apply(from, entries)
    const sender = from === REMOTE ? null : from
    const changes = accepted.filter((e) => !renewing.has(e.clientId))
    for (const change of changes) this.renewals.drop(change.clientId)
    this.outbox.add(changes, sender)
    this.renewals.add(
      accepted.filter((e) => renewing.has(e.clientId)),
      sender,
    )
    return accepted
  }

  /** A socket left: its people are removed for everyone, here and on the other instances. */
  leave(connection: Connection): void {
    const removals = this.held.removeOwnedBy(connection)
    for (const removal of removals) this.renewals.drop(removal.clientId)
    this.outbox.add(removals, null)
    if (removals.length > 0) {
      this.options.relay.publishPresence(this.key, removals, connection.claims.participantId)
    }
  }

  all(): AwarenessEntry[] {
    return this.held.all()
  }

  close(): void {
    clearInterval(this.sweep)
    this.outbox.close()
    this.renewals.close()
    this.spread.close()
  }
}
