import * as Y from 'yjs'
import { isEmptyStateVector } from './protocol.ts'
import { stateVectorOfUpdate } from './stateVectorOfUpdate.ts'

/**
 * A room's Y.Doc, and the sync replies cut from it.
 *
 * Built lazily: what the store holds is kept as bytes until something needs the doc itself (a
 * write to judge, a policy reading it, an update from another instance). Until then a client's
 * sync is answered from the bytes (Y.diffUpdate), so a cold room answers before Yjs has
 * integrated a 2,000-card board, and a room only read never integrates it at all.
 *
 * The full state, what a phone with nothing asks for, is encoded once per change of the doc
 * and sent to every such phone, instead of once per phone.
 */
export class RoomDoc {
  private current: Y.Doc
  /** Stored content not integrated into `current` yet; null once built. */
  private unbuilt: Uint8Array | null = null
  /** The state vector of `unbuilt`: reading it walks every struct (ms for a board). */
  private unbuiltStateVector: Uint8Array | null = null
  private fullState: Uint8Array | null = null

  /** `create` makes an empty doc with the room's listeners; `loadOrigin` marks the build. */
  constructor(
    private readonly create: () => Y.Doc,
    private readonly loadOrigin: unknown,
  ) {
    this.current = this.fresh()
  }

  /** The doc with everything loaded in it (built now if it was not). */
  get doc(): Y.Doc {
    if (this.unbuilt !== null) {
      const bytes = this.unbuilt
      this.unbuilt = null
      this.unbuiltStateVector = null
      Y.applyUpdate(this.current, bytes, this.loadOrigin)
    }
    return this.current
  }

  /** Whether the doc has been built (for tests and metrics). */
  get isBuilt(): boolean {
    return this.unbuilt === null
  }

  /** Holds what the store returned for an empty doc, to be built on first need. */
  load(updates: readonly Uint8Array[]): void {
    if (updates.length === 0) return
    this.unbuilt = updates.length === 1 ? updates[0]! : Y.mergeUpdates([...updates])
    this.unbuiltStateVector = null
    this.fullState = null
  }

  /** Throws the doc away for an empty one (a rollback, before loading again). */
  reset(): void {
    this.current.destroy()
    this.unbuilt = null
    this.unbuiltStateVector = null
    this.fullState = null
    this.current = this.fresh()
  }

  stateVector(): Uint8Array {
    if (this.unbuilt === null) return Y.encodeStateVector(this.current)
    this.unbuiltStateVector ??= stateVectorOfUpdate(this.unbuilt)
    return this.unbuiltStateVector
  }

  /** What a client holding `stateVector` lacks, as one update. */
  updateFor(stateVector: Uint8Array): Uint8Array {
    if (isEmptyStateVector(stateVector)) {
      this.fullState ??= this.unbuilt ?? Y.encodeStateAsUpdate(this.current)
      return this.fullState
    }
    return this.unbuilt !== null
      ? Y.diffUpdate(this.unbuilt, stateVector)
      : Y.encodeStateAsUpdate(this.current, stateVector)
  }

  /** The whole state as one update, for a compaction (not built for it). */
  snapshot(): Uint8Array {
    return this.updateFor(EMPTY_STATE_VECTOR)
  }

  destroy(): void {
    this.current.destroy()
    this.unbuilt = null
    this.fullState = null
  }

  private fresh(): Y.Doc {
    const doc = this.create()
    doc.on('update', () => {
      this.fullState = null
    })
    return doc
  }
}

const EMPTY_STATE_VECTOR = Uint8Array.of(0)
