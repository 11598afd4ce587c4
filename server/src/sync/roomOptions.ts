import type { Metrics } from '../metrics.ts'
import type { Relay } from '../relay/Relay.ts'
import type { Store } from '../storage/Store.ts'
import type { ClientIds } from './ClientIds.ts'
import type { DocPolicy, PolicyContext } from './DocPolicy.ts'

/** What a room is given: its store, policy, limits and the registry's hooks. */

export interface SyncLogger {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface RoomLimits {
  /** Structs one update may carry; an honest client's offline afternoon stays far below. */
  maxStructsPerUpdate: number
  /** What clients may grow the doc to (its stored bytes); the server's own writes may pass it. */
  maxDocBytes: number
  /** The largest presence state a client may announce (JSON characters). */
  maxPresenceStateChars: number
}

export interface RoomOptions {
  store: Store
  metrics: Metrics
  log: SyncLogger
  policy: DocPolicy
  /** The loaded docs the policy depends on, for its hooks. */
  context: PolicyContext
  /** Whose client ids are whose in this doc; outlives the room so an unload forgets nothing. */
  clientIds: ClientIds
  limits: RoomLimits
  /** Fold the update log into a snapshot once this many updates piled up. */
  compactAfterUpdates: number
  /** Presence changes are batched this long before they are relayed (0: at once). */
  presenceFlushMs?: number
  /** Other instances of the deployment (NO_RELAY when this process is alone). */
  relay: Relay
  /** [G3] Told after each append: someone is active in this workshop. */
  onAppend?: () => void
  /** Waited for before loading: the docs the policy reads are loaded first. */
  loadAfter?: () => Promise<void>
  /** Null when every doc the policy reads is loaded, else what to wait for before judging. */
  dependenciesPending?: () => Promise<void> | null
  /** The room's last connection left. */
  onEmpty(): void
  /** The room failed and dropped its doc (Room.break): the registry forgets it. */
  onBroken(): void
}
