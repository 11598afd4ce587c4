/**
 * [G3] RETENTION_DAYS: every SWEEP_EVERY_MS, deletes ([G1]) the workshops whose last activity is
 * more than `retentionDays` days before `now()`. The clock is injected, so a test moves time
 * instead of waiting; a workshop with someone connected to it in this process is left alone
 * whatever its recorded activity says.
 */

const DAY_MS = 24 * 3600 * 1000
const SWEEP_EVERY_MS = 3600 * 1000
const BATCH = 100

export interface RetentionJobOptions {
  retentionDays: number
  now: () => Date
  listInactive: (before: string, limit: number) => Promise<string[]> | string[]
  isInUse: (workshopId: string) => boolean
  deleteWorkshop: (workshopId: string) => Promise<boolean>
  log: { info(obj: object, msg: string): void; error(obj: object, msg: string): void }
  sweepEveryMs?: number
}

export class RetentionJob {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<string[]> | null = null

  constructor(private readonly options: RetentionJobOptions) {}

  /** Sweeps now and then every hour, until stopped; the timer never keeps the process alive. */
  start(): void {
    if (this.timer) return
    const sweep = () => void this.runOnce().catch(() => {})
    this.timer = setInterval(sweep, this.options.sweepEveryMs ?? SWEEP_EVERY_MS)
    this.timer.unref()
    setImmediate(sweep)
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    await this.running?.catch(() => {})
  }

  /** One sweep (never two at once); the ids of the workshops it deleted. */
  runOnce(): Promise<string[]> {
    this.running ??= this.sweep().finally(() => {
      this.running = null
    })
    return this.running
  }

  private async sweep(): Promise<string[]> {
    const { retentionDays, now, listInactive, isInUse, deleteWorkshop, log } = this.options
    const before = new Date(now().getTime() - retentionDays * DAY_MS).toISOString()
    const deleted: string[] = []
    const skipped = new Set<string>()
    for (;;) {
      const due = (await listInactive(before, BATCH + skipped.size)).filter(
        (id) => !skipped.has(id),
      )
      if (due.length === 0) break
      for (const workshopId of due) {
        if (isInUse(workshopId)) {
          skipped.add(workshopId)
          continue
        }
        try {
          if (await deleteWorkshop(workshopId)) deleted.push(workshopId)
        } catch (error) {
          log.error({ err: error, workshopId }, 'retention could not delete a workshop')
        }
        // Deleted or not, it is not asked for again in this sweep.
        skipped.add(workshopId)
      }
    }
    if (deleted.length > 0) {
      log.info({ deleted: deleted.length, retentionDays }, 'retention deleted inactive workshops')
    }
    return deleted
  }
}
