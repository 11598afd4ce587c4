/**
 * Sends one frame to many receivers in slices spread over `spreadMs`, for what may arrive late
 * (presence renewals). The stock provider re-sends every presence entry it receives, so a batch
 * of renewals sent to a whole room at once comes straight back from every socket at once, and
 * the phones of a room that joined together renew together: sent in one go, every batch is a
 * burst that holds up the edits behind it on the server and on the receivers. Spread, it is a
 * trickle. (A connection that closed before its slice is due sends nothing: Connection.send.)
 */

export interface Receiver {
  send(frame: Uint8Array): void
}

export class SpreadBroadcast {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>()

  constructor(
    private readonly spreadMs: number,
    private readonly slices: number,
  ) {}

  /** The first slice now, the rest every spreadMs / slices. */
  send(receivers: readonly Receiver[], frame: Uint8Array): void {
    const size = Math.max(1, Math.ceil(receivers.length / this.slices))
    for (let slice = 0; slice * size < receivers.length; slice++) {
      const group = receivers.slice(slice * size, (slice + 1) * size)
      if (slice === 0 || this.spreadMs <= 0) {
        for (const receiver of group) receiver.send(frame)
        continue
      }
      const timer = setTimeout(
        () => {
          this.timers.delete(timer)
          for (const receiver of group) receiver.send(frame)
        },
        (slice * this.spreadMs) / this.slices,
      )
      timer.unref()
      this.timers.add(timer)
    }
  }

  /** Drops every slice not yet sent. */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }
}
