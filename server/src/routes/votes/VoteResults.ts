import {
  areResultsRevealed,
  clearLegacyVotes,
  publishedVoteTotals,
  type RevealResultsResponse,
  readLegacyVotes,
  setPublishedVoteTotals,
  setResultsRevealed,
} from '@pactboard/shared'
import type { Store } from '../../storage/Store.ts'
import type { RoomRegistry } from '../../sync/RoomRegistry.ts'

/**
 * What the room may know of the vote: nothing until the facilitator reveals the results, then
 * the totals per measure (no names), kept current, and nothing again once hidden. The dots stay
 * in the store; this is the one place that copies totals into the `ledger` doc.
 *
 * Every change to the dots (cast, withdrawal, merge) calls `dotsChanged` after it is committed,
 * and the reveal calls `publish`. A publish reads the reveal and then the store, so whichever of a cast and a
 * reveal lands second publishes totals that include the first. Publishes of one workshop run one
 * after another and a request joins one that has not started yet, so a burst of casts costs a
 * few ledger writes, and the last one written reflects the last commit.
 */
export class VoteResults {
  private readonly tails = new Map<string, Promise<void>>()
  private readonly waiting = new Map<string, Promise<void>>()
  private readonly adopted = new Map<string, Promise<void>>()

  constructor(
    private readonly store: Store,
    private readonly registry: RoomRegistry,
  ) {}

  /**
   * After dots changed (committed): publishes only while the results are shown. Read after the
   * commit, so a reveal that set the flag before reading the store either counted this change or
   * is seen here; while hidden the ledger holds no totals (the hide removed them), so a burst of
   * casts in the vote phase costs one control read each and no ledger write.
   */
  async dotsChanged(workshopId: string): Promise<void> {
    const revealed = await this.registry.write({ workshopId, doc: 'control' }, areResultsRevealed)
    if (revealed) await this.publish(workshopId)
  }

  /** Brings the ledger's totals in line with the reveal and the store. */
  publish(workshopId: string): Promise<void> {
    const waiting = this.waiting.get(workshopId)
    if (waiting) return waiting
    const previous = this.tails.get(workshopId) ?? Promise.resolve()
    const run = previous
      .catch(() => {})
      .then(() => {
        this.waiting.delete(workshopId)
        return this.publishNow(workshopId)
      })
    this.waiting.set(workshopId, run)
    this.tails.set(workshopId, run)
    const forget = () => {
      if (this.tails.get(workshopId) === run) this.tails.delete(workshopId)
    }
    run.then(forget, forget)
    return run
  }

  /** The facilitator shows (true) or hides (false) the results; the totals follow. */
  async setRevealed(workshopId: string, revealed: boolean): Promise<RevealResultsResponse> {
    await this.adoptLegacyVotes(workshopId)
    await this.registry.write({ workshopId, doc: 'control' }, (doc) => {
      if (areResultsRevealed(doc) !== revealed) setResultsRevealed(doc, revealed)
    })
    await this.publish(workshopId)
    const totals = await this.registry.write({ workshopId, doc: 'ledger' }, (doc) =>
      revealed ? Object.fromEntries(publishedVoteTotals(doc)) : null,
    )
    return { revealed, totals }
  }

  /**
   * Moves dots that a ledger written before secret voting still holds into the store, then
   * clears them from the ledger: once per workshop and process, before any vote is read or
   * written. Setting counts is idempotent, so a crash between the two steps repeats harmlessly.
   */
  adoptLegacyVotes(workshopId: string): Promise<void> {
    let adopted = this.adopted.get(workshopId)
    if (!adopted) {
      adopted = this.adoptNow(workshopId)
      this.adopted.set(workshopId, adopted)
      adopted.catch(() => this.adopted.delete(workshopId))
    }
    return adopted
  }

  private async adoptNow(workshopId: string): Promise<void> {
    const ledger = { workshopId, doc: 'ledger' as const }
    const legacy = await this.registry.write(ledger, readLegacyVotes)
    if (legacy.length === 0) return
    await this.store.putVotes(workshopId, legacy)
    await this.registry.write(ledger, clearLegacyVotes)
  }

  private async publishNow(workshopId: string): Promise<void> {
    const revealed = await this.registry.write({ workshopId, doc: 'control' }, areResultsRevealed)
    const totals = revealed ? await this.store.voteTotals(workshopId) : null
    await this.registry.write({ workshopId, doc: 'ledger' }, (doc) =>
      setPublishedVoteTotals(doc, totals),
    )
  }
}
