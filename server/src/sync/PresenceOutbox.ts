import type { AwarenessEntry } from './protocol.ts'

/**
 * Coalesces a room's presence changes into at most one awareness frame per connection every
 * `flushMs`. When 300 phones join or wake up at once, each change would otherwise cost N sends
 * on its own; batched, a burst costs N sends per interval, and a client that changed twice in
 * the interval is sent once, with its newest state.
 *
 * A batch from one connection skips that connection (it knows its own state); a batch mixing
 * several senders goes to everyone, which is harmless: a client ignores its own state at the
 * clock it already has, and does not echo it.
 */
export class PresenceOutbox<Sender> {
  private readonly pending = new Map<number, AwarenessEntry>()
  private readonly senders = new Set<Sender | null>()
  private timer: ReturnType<typeof setTimeout> | null = null

  constructor(
    private readonly flushMs: number,
    private readonly send: (entries: AwarenessEntry[], except: Sender | null) => void,
  ) {}

  add(entries: readonly AwarenessEntry[], from: Sender | null): void {
    if (entries.length === 0) return
    for (const entry of entries) this.pending.set(entry.clientId, entry)
    this.senders.add(from)
    if (this.flushMs <= 0) this.flush()
    else this.timer ??= setTimeout(() => this.flush(), this.flushMs)
  }

  /** Forgets what is pending for `clientId` (a newer state of it goes out another way). */
  drop(clientId: number): void {
    this.pending.delete(clientId)
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    if (this.pending.size === 0) return
    const entries = [...this.pending.values()]
    const [only] = this.senders
    const except = this.senders.size === 1 ? (only ?? null) : null
    this.pending.clear()
    this.senders.clear()
    this.send(entries, except)
  }

  close(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
    this.pending.clear()
    this.senders.clear()
  }
}
