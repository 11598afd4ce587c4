import type { AwarenessEntry } from './protocol.ts'

/**
 * The server's copy of a room's awareness (who is here, cursors), kept as raw JSON strings.
 *
 * Why a filter and not a plain relay: the stock provider re-broadcasts every awareness update it
 * applies, so relaying everything costs O(N²) frames per presence change in a room of N. We keep
 * only entries newer than what we hold and relay those; the echoes carry clocks we already have
 * and die here.
 *
 * Presence is not a trust boundary: a client may announce any state for any clientID with a newer
 * clock. Who someone is comes from their token and the server-written ledger, never from here.
 *
 * A closed connection's clients are removed with their current clock (y-protocols accepts a
 * removal at an equal clock), so a client that reconnects and sets its state again (which bumps
 * its clock) is seen at once instead of waiting for its next 15-second renewal.
 *
 * Each state remembers when it was last renewed, so the states of an owner that can no longer
 * say goodbye (another instance that died) can be dropped once they are stale (`removeStale`).
 */

interface Held<Owner> {
  clock: number
  /** null once removed; the clock stays, so late echoes of the old state are refused. */
  stateJson: string | null
  owner: Owner | null
  /** When this state was last set or renewed, by `now()`. */
  renewedAt: number
}

export class Presence<Owner> {
  private readonly held = new Map<number, Held<Owner>>()
  private readonly owned = new Map<Owner, Set<number>>()

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Whether `entry` only renews a state held already (same state, newer clock): what the stock
   * provider sends every 15 s to say it is still there.
   */
  isRenewal(entry: AwarenessEntry): boolean {
    const current = this.held.get(entry.clientId)
    return (
      current !== undefined &&
      current.stateJson !== null &&
      current.stateJson === entry.stateJson &&
      entry.clock > current.clock
    )
  }

  /** Applies what is new in `entries` from `from`; returns the entries to relay (maybe none). */
  apply(from: Owner, entries: readonly AwarenessEntry[]): AwarenessEntry[] {
    const accepted: AwarenessEntry[] = []
    for (const entry of entries) {
      const current = this.held.get(entry.clientId)
      const removes = entry.stateJson === 'null'
      const isNew = current
        ? entry.clock > current.clock ||
          (entry.clock === current.clock && removes && current.stateJson !== null)
        : !removes
      if (!isNew) continue
      if (current?.owner != null) this.owned.get(current.owner)?.delete(entry.clientId)
      const owner = removes ? null : from
      this.held.set(entry.clientId, {
        clock: entry.clock,
        stateJson: removes ? null : entry.stateJson,
        owner,
        renewedAt: this.now(),
      })
      if (owner !== null) this.ownedBy(owner).add(entry.clientId)
      accepted.push(entry)
    }
    return accepted
  }

  /** Removes the states `owner` introduced; returns the removals to relay. */
  removeOwnedBy(owner: Owner): AwarenessEntry[] {
    const clientIds = this.owned.get(owner)
    this.owned.delete(owner)
    return clientIds ? this.remove(clientIds) : []
  }

  /** Removes the states of `owner` not renewed for `maxAgeMs`; returns the removals. */
  removeStale(owner: Owner, maxAgeMs: number): AwarenessEntry[] {
    const clientIds = this.owned.get(owner)
    if (!clientIds) return []
    const cutoff = this.now() - maxAgeMs
    const stale = [...clientIds].filter((id) => (this.held.get(id)?.renewedAt ?? 0) < cutoff)
    for (const id of stale) clientIds.delete(id)
    return this.remove(stale)
  }

  private remove(clientIds: Iterable<number>): AwarenessEntry[] {
    const removals: AwarenessEntry[] = []
    for (const clientId of clientIds) {
      const current = this.held.get(clientId)
      if (!current || current.stateJson === null) continue
      this.held.set(clientId, { ...current, stateJson: null, owner: null })
      removals.push({ clientId, clock: current.clock, stateJson: 'null' })
    }
    return removals
  }

  /** Every present state, for a newcomer or a queryAwareness. */
  all(): AwarenessEntry[] {
    const entries: AwarenessEntry[] = []
    for (const [clientId, held] of this.held) {
      if (held.stateJson !== null) {
        entries.push({ clientId, clock: held.clock, stateJson: held.stateJson })
      }
    }
    return entries
  }

  get size(): number {
    let present = 0
    for (const held of this.held.values()) if (held.stateJson !== null) present++
    return present
  }

  private ownedBy(owner: Owner): Set<number> {
    let set = this.owned.get(owner)
    if (!set) {
      set = new Set()
      this.owned.set(owner, set)
    }
    return set
  }
}
