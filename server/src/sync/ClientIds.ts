import { TokenBucket } from './TokenBucket.ts'

/**
 * Whose Yjs client ids are whose, in one doc: [S1] a connection writes structs and sets presence
 * only under client ids of its own participant. The first participant to use an id owns it for
 * as long as this process runs (a reconnect keeps its id, so ownership is by participant, not by
 * socket); another participant's update under that id is refused and their presence entries for
 * it are dropped. So nobody can write, or be blamed, in someone else's name, and nobody can burn
 * someone else's range (below).
 *
 * [S2] A refused write is never accepted later: when a participant's update is refused, every
 * clock of their client ids from what the stored doc holds onwards is burnt (read before the
 * update is applied, so a refusal by the judge burns the refused structs too). The refused structs (and
 * anything built on them) can never land, even when the phase opens again; an honest client
 * starts over with a fresh doc and a fresh id.
 *
 * [D3] A refusal after Yjs applied the update costs the room a rebuild from the store, so each
 * participant has a budget of them per minute, whatever connections they open: past it, their
 * updates are refused before they are applied.
 */

export const MAX_CLIENT_IDS_PER_PARTICIPANT = 1000

export type ClaimResult = 'ok' | 'taken' | 'burnt' | 'tooMany'

export class ClientIds {
  private readonly rebuilds = new Map<string, TokenBucket>()
  private readonly owners = new Map<number, string>()
  private readonly countByOwner = new Map<string, number>()
  /** client id → first clock that may never land */
  private readonly burnt = new Map<number, number>()

  constructor(
    private readonly rebuildsPerMinute: number,
    private readonly maxPerParticipant = MAX_CLIENT_IDS_PER_PARTICIPANT,
  ) {}

  /** Whether a refusal of `participantId`'s next update may still cost a rebuild. */
  mayRebuild(participantId: string): boolean {
    return this.rebuildBudget(participantId).has(1)
  }

  /** Spends one rebuild of `participantId`'s budget; false when none was left. */
  takeRebuild(participantId: string): boolean {
    return this.rebuildBudget(participantId).take(1)
  }

  private rebuildBudget(participantId: string): TokenBucket {
    let bucket = this.rebuilds.get(participantId)
    if (!bucket) {
      bucket = new TokenBucket(this.rebuildsPerMinute / 60, this.rebuildsPerMinute)
      this.rebuilds.set(participantId, bucket)
    }
    return bucket
  }

  /** Marks `clientId` as the server's own: no participant can take it. */
  reserve(clientId: number): void {
    this.owners.set(clientId, '')
  }

  ownerOf(clientId: number): string | undefined {
    return this.owners.get(clientId)
  }

  /**
   * Whether `participantId` may write structs from `fromClock` on under `clientId`; claims a free
   * id. Checks every id before claiming any, so a refused update claims nothing.
   */
  claim(participantId: string, ranges: ReadonlyMap<number, number>): ClaimResult {
    let fresh = 0
    for (const [clientId, fromClock] of ranges) {
      const owner = this.owners.get(clientId)
      if (owner === undefined) fresh++
      else if (owner !== participantId) return 'taken'
      const burntFrom = this.burnt.get(clientId)
      if (burntFrom !== undefined && fromClock >= burntFrom) return 'burnt'
    }
    const count = this.countByOwner.get(participantId) ?? 0
    if (count + fresh > this.maxPerParticipant) return 'tooMany'
    for (const clientId of ranges.keys()) {
      if (this.owners.has(clientId)) continue
      this.owners.set(clientId, participantId)
    }
    if (fresh > 0) this.countByOwner.set(participantId, count + fresh)
    return 'ok'
  }

  /** [S1] For presence: whether `participantId` may speak for `clientId` (claimed if free). */
  claimOne(participantId: string, clientId: number): boolean {
    const owner = this.owners.get(clientId)
    if (owner !== undefined) return owner === participantId
    const count = this.countByOwner.get(participantId) ?? 0
    if (count >= this.maxPerParticipant) return false
    this.owners.set(clientId, participantId)
    this.countByOwner.set(participantId, count + 1)
    return true
  }

  /** [S2] From `fromClock` on, nothing more under `clientId` lands. */
  burn(clientId: number, fromClock: number): void {
    const current = this.burnt.get(clientId)
    if (current === undefined || fromClock < current) this.burnt.set(clientId, fromClock)
  }
}
