/**
 * What the comparison's parent and its client workers say to each other over the fork IPC
 * channel (`serialization: 'advanced'`, so typed arrays pass as they are). Every request carries
 * an id and gets exactly one reply with the same id.
 */

/** Which stock client speaks to a server. */
export type ClientKind = 'y-websocket' | 'hocuspocus'

/** Everything a worker needs to open one simulated person's connections. */
export interface ClientSpec {
  /** The client's index in the whole room (0…clients-1); writers are the first ones. */
  index: number
  kind: ClientKind
  /** y-websocket: the URL the room name is appended to; Hocuspocus: the server's URL. */
  url: string
  /** The room of each doc the client opens, by doc (`board`, `plan`). */
  rooms: Record<string, string>
  /** Pactboard's participant token (query parameter `token`); none for the references. */
  token: string | null
  participantId: string
  /**
   * Whether the person shows presence (awareness) on the board. Off, the stock providers' local
   * awareness state is null: nothing is renewed every 15 s or echoed back.
   */
  presence: boolean
}

/** A state vector per doc name: what a client must hold to count as loaded. */
export type ExpectedState = Record<string, Uint8Array>

export interface SeedTask {
  client: ClientSpec
  measures: number
  planChars: number
}

export type WorkerRequest =
  | { id: number; type: 'connect'; clients: ClientSpec[] }
  | { id: number; type: 'addMeasures'; writers: number }
  | { id: number; type: 'watch'; measureIdsByWriter: string[] }
  | {
      id: number
      type: 'start'
      /** Shared-clock time (ms) the first writer starts at. */
      startAtMs: number
      /** Edits sent in this first part are not timed: every process warms up on them. */
      warmupMs: number
      durationMs: number
      editsPerSecond: number
      writers: number
    }
  | { id: number; type: 'stop' }
  | { id: number; type: 'flush' }
  | { id: number; type: 'close' }
  | { id: number; type: 'seed'; tasks: SeedTask[] }
  | { id: number; type: 'coldLoad'; client: ClientSpec; expected: ExpectedState; timeoutMs: number }

/** One worker's own load over the timed window. */
export interface WorkerLoad {
  /** CPU time over wall time, in % of one core. */
  cpuPct: number
  /** The share of the window's half-seconds in which the worker used ≥ 90 % of a core. */
  saturatedPct: number
  eventLoopDelayP50Ms: number
  eventLoopDelayP99Ms: number
  eventLoopDelayMaxMs: number
  rssMiB: number
}

/** Since the last flush, flat: sends as (edit key, shared-clock ms) pairs. */
export interface Records {
  sent: Float64Array
  /**
   * Arrivals as (edit key, shared-clock ms, folded) triples; folded is 1 when the edit arrived
   * inside a later edit of the same writer (one observed change), else 0.
   */
  received: Float64Array
}

export type WorkerReply =
  | { id: number; type: 'connected' }
  | { id: number; type: 'measuresAdded'; measureIds: Record<number, string> }
  | { id: number; type: 'watching' }
  | { id: number; type: 'started' }
  | { id: number; type: 'stopped'; editsSent: number; load: WorkerLoad }
  | ({ id: number; type: 'records' } & Records)
  | { id: number; type: 'closed' }
  | { id: number; type: 'seeded'; state: ExpectedState }
  | { id: number; type: 'loaded'; result: ColdLoadTiming }
  | { id: number; type: 'failed'; message: string }

export interface ColdLoadTiming {
  /** From opening the connections until every doc holds the expected state. */
  loadedMs: number
  /** From opening the connections until every provider reported synced. */
  syncedMs: number
  measures: number
  planChars: number
}

/** An edit's identity in the records: writer and sequence number in one float. */
export const EDIT_KEY_SPAN = 1_000_000

export function editKey(writer: number, seq: number): number {
  return writer * EDIT_KEY_SPAN + seq
}

/** The clock every process reads the same way: wall-clock origin plus a monotonic offset. */
export function sharedNowMs(): number {
  return performance.timeOrigin + performance.now()
}

/** How often the stock providers renew a person's presence (y-protocols: outdatedTimeout / 2). */
export const PRESENCE_RENEWAL_MS = 15_000
