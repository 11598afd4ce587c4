import type { Store } from '../storage/Store.ts'

/**
 * [G3] Tells the store when a workshop was last active, so RETENTION_DAYS can count from it.
 * Sync connections and appended updates call `note` on every message's way; the store hears of
 * a workshop at most once per NOTE_EVERY_MS, off that way, and a failure is only logged.
 */

const NOTE_EVERY_MS = 10 * 60_000
// Above this many remembered workshops, those not noted within NOTE_EVERY_MS are forgotten.
const MAX_REMEMBERED = 10_000

export interface ActivityClockOptions {
  store: Pick<Store, 'touchWorkshop'>
  now: () => Date
  log: { warn(obj: object, msg: string): void }
  noteEveryMs?: number
}

export class ActivityClock {
  private readonly lastNotedMs = new Map<string, number>()
  private readonly everyMs: number

  constructor(private readonly options: ActivityClockOptions) {
    this.everyMs = options.noteEveryMs ?? NOTE_EVERY_MS
  }

  note(workshopId: string): void {
    const now = this.options.now()
    const nowMs = now.getTime()
    const last = this.lastNotedMs.get(workshopId)
    if (last !== undefined && nowMs - last < this.everyMs) return
    this.lastNotedMs.set(workshopId, nowMs)
    if (this.lastNotedMs.size > MAX_REMEMBERED) this.forgetOlderThan(nowMs - this.everyMs)
    Promise.resolve()
      .then(() => this.options.store.touchWorkshop(workshopId, now.toISOString()))
      .catch((error: Error) => {
        // Noted again at the next activity; a retention sweep meanwhile sees the older time.
        this.lastNotedMs.delete(workshopId)
        this.options.log.warn({ err: error, workshopId }, 'noting activity failed')
      })
  }

  private forgetOlderThan(ms: number): void {
    for (const [id, at] of this.lastNotedMs) if (at < ms) this.lastNotedMs.delete(id)
  }
}
