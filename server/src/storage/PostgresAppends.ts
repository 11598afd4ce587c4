import type pg from 'pg'
import { FOREIGN_KEY_VIOLATION, pgError } from './postgresErrors.ts'
import { type DocKey, UnknownWorkshopError } from './Store.ts'

// PostgreSQL's parameter limit is 65535; three a row. Bytes bound what one batch holds in memory.
const MAX_BATCH_ROWS = 1000
const MAX_BATCH_BYTES = 16 * 1024 * 1024

/** The bytes as a Buffer without copying (pg sends Buffers as binary parameters). */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
}

interface PendingAppend {
  key: DocKey
  bytes: Buffer
  resolve(seq: number): void
  reject(error: unknown): void
}

/**
 * PostgresStore's appends ([D1], write before relay): every update appended in one tick of the
 * event loop, of any doc, goes in one INSERT (up to MAX_BATCH_ROWS rows and MAX_BATCH_BYTES), so
 * a burst of edits costs one round trip rather than one each. Each append resolves with its
 * row's seq once the INSERT committed; one for a workshop that no longer exists is refused alone
 * (UnknownWorkshopError), the others of its batch go again one by one.
 */
export class PostgresAppends {
  private pending: PendingAppend[] = []
  private flushScheduled = false
  private flushing: Promise<void> | null = null
  private closed = false

  constructor(private readonly pool: pg.Pool) {}

  append(key: DocKey, update: Uint8Array): Promise<number> {
    if (this.closed) return Promise.reject(new Error('The store is closed'))
    return new Promise((resolve, reject) => {
      this.pending.push({ key, bytes: toBuffer(update), resolve, reject })
      this.scheduleFlush()
    })
  }

  /** Refuses new appends and waits until those already accepted are written. */
  async close(): Promise<void> {
    this.closed = true
    while (this.flushScheduled || this.flushing) {
      await (this.flushing ?? new Promise((resolve) => setImmediate(resolve)))
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.flushing) return
    this.flushScheduled = true
    setImmediate(() => {
      this.flushScheduled = false
      this.flushing = this.flush().finally(() => {
        this.flushing = null
        if (this.pending.length > 0) this.scheduleFlush()
      })
    })
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      let rows = 0
      let bytes = 0
      while (
        rows < this.pending.length &&
        rows < MAX_BATCH_ROWS &&
        (rows === 0 || bytes + (this.pending[rows]?.bytes.length ?? 0) <= MAX_BATCH_BYTES)
      ) {
        bytes += this.pending[rows]?.bytes.length ?? 0
        rows++
      }
      await this.insertBatch(this.pending.splice(0, rows))
    }
  }

  private async insertBatch(batch: PendingAppend[]): Promise<void> {
    try {
      const seqs = await this.insertUpdates(batch)
      for (const [i, append] of batch.entries()) append.resolve(seqs[i] as number)
    } catch (error) {
      if (pgError(error).code === FOREIGN_KEY_VIOLATION && batch.length > 1) {
        // One append for an unknown workshop fails the whole INSERT: the others go again, one by
        // one and in order, so only that one is refused.
        for (const append of batch) await this.insertBatch([append])
        return
      }
      const failure =
        pgError(error).code === FOREIGN_KEY_VIOLATION
          ? new UnknownWorkshopError(batch[0]?.key.workshopId)
          : error
      for (const append of batch) append.reject(failure)
    }
  }

  /** One INSERT for the batch; the seqs in the order of the batch. */
  private async insertUpdates(batch: PendingAppend[]): Promise<number[]> {
    const values: unknown[] = []
    const tuples = batch.map(({ key, bytes }, i) => {
      values.push(key.workshopId, key.doc, bytes)
      return `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`
    })
    const { rows } = await this.pool.query<{ seq: string }>(
      `INSERT INTO doc_updates (workshop_id, doc, bytes) VALUES ${tuples.join(', ')} RETURNING seq`,
      values,
    )
    // The identity is drawn row by row in the order of VALUES, so ascending seqs are batch order.
    return rows.map((row) => Number(row.seq)).sort((a, b) => a - b)
  }
}
