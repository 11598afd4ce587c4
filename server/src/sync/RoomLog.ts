import type { Metrics } from '../metrics.ts'
import type { DocKey, MaybePromise, Store, StoredDoc } from '../storage/Store.ts'
import { isPromise } from './TaskQueue.ts'

interface RoomLogOptions {
  store: Store
  metrics: Metrics
  /** Fold the update log into a snapshot once this many updates piled up. */
  compactAfterUpdates: number
  /** [G3] Told after each append: someone is active in this workshop. */
  onAppend?: (() => void) | undefined
  /** Asked to compact, off the current message's path, when the log has grown long enough. */
  scheduleCompaction: () => void
}

/**
 * A room's doc as the store holds it: the update log's position (the last sequence number, how
 * many updates since the snapshot) and its size, kept as updates are appended, the doc loaded and
 * the log compacted. The room decides when; this keeps the count.
 */
export class RoomLog {
  private lastSeq = 0
  private updatesSinceSnapshot = 0
  /** The doc's stored size, roughly: what was loaded plus every append since. */
  private bytes = 0
  private compactionScheduled = false

  constructor(
    private readonly key: DocKey,
    private readonly options: RoomLogOptions,
  ) {}

  get storedBytes(): number {
    return this.bytes
  }

  load(): MaybePromise<StoredDoc> {
    return this.options.store.loadDoc(this.key)
  }

  loaded(stored: StoredDoc): void {
    this.bytes = stored.updates.reduce((sum, update) => sum + update.byteLength, 0)
    this.lastSeq = stored.lastSeq
    this.updatesSinceSnapshot = stored.updatesSinceSnapshot
    this.maybeScheduleCompaction()
  }

  /** Appends one update; resolves (or returns) once it is stored. */
  append(update: Uint8Array): MaybePromise<void> {
    const startedMs = performance.now()
    const seq = this.options.store.appendUpdate(this.key, update)
    this.bytes += update.byteLength
    return isPromise(seq)
      ? seq.then((s) => this.appended(s, startedMs))
      : this.appended(seq, startedMs)
  }

  private appended(seq: number, startedMs: number): void {
    const { metrics } = this.options
    metrics.observeAppend((performance.now() - startedMs) / 1000)
    metrics.updatesTotal++
    this.lastSeq = seq
    this.updatesSinceSnapshot++
    this.maybeScheduleCompaction()
    this.options.onAppend?.()
  }

  private maybeScheduleCompaction(): void {
    if (this.compactionScheduled) return
    if (this.updatesSinceSnapshot < this.options.compactAfterUpdates) return
    this.compactionScheduled = true
    this.options.scheduleCompaction()
  }

  /** The scheduled compaction has started (or was dropped): a later append may schedule another. */
  compactionStarted(): void {
    this.compactionScheduled = false
  }

  /**
   * Replaces the log up to what the doc holds with `snapshot()`, when anything was appended since
   * the last one. The doc holds exactly the updates up to the last sequence number: appends
   * happen in the same task as the apply.
   */
  compact(snapshot: () => Uint8Array): MaybePromise<void> {
    if (this.updatesSinceSnapshot === 0) return
    const upToSeq = this.lastSeq
    const compacted = this.updatesSinceSnapshot
    const bytes = snapshot()
    const done = (compactedHere: boolean) => {
      // Another instance is compacting: it or a later turn here folds these updates in.
      if (!compactedHere) return
      this.updatesSinceSnapshot -= compacted
      this.bytes = bytes.byteLength
    }
    const result = this.options.store.compact(this.key, bytes, upToSeq)
    return isPromise(result) ? result.then(done) : done(result)
  }
}
