import type pg from 'pg'
import * as Y from 'yjs'
import { toBuffer } from './PostgresAppends.ts'
import type { DocKey, StoredDoc } from './Store.ts'

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>

/**
 * PostgresStore's doc logs as they are read and folded: a doc loaded as its snapshot and the
 * updates after it, compacted by one instance at a time (an advisory lock held for the
 * transaction, so a dead instance blocks nothing), folding in what another process appended up
 * to the seq. Appends are PostgresAppends'.
 */
export class PostgresDocLog {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async load(key: DocKey): Promise<StoredDoc> {
    // One statement, one snapshot of the data: a compaction in between cannot hide rows.
    const { rows } = await this.pool.query<{ part: number; seq: string; bytes: Buffer }>(
      `SELECT 0 AS part, up_to_seq AS seq, bytes FROM doc_snapshots WHERE workshop_id = $1 AND doc = $2
       UNION ALL
       SELECT 1, seq, bytes FROM doc_updates WHERE workshop_id = $1 AND doc = $2
       ORDER BY part, seq`,
      [key.workshopId, key.doc],
    )
    let lastSeq = 0
    let updatesSinceSnapshot = 0
    for (const row of rows) {
      lastSeq = Math.max(lastSeq, Number(row.seq))
      if (row.part === 1) updatesSinceSnapshot++
    }
    return { updates: rows.map((row) => row.bytes), lastSeq, updatesSinceSnapshot }
  }

  /**
   * Resolves `false`, having changed nothing, when another process is compacting the doc: one
   * instance at a time does the work, and the caller tries again after more updates.
   */
  async compact(key: DocKey, snapshot: Uint8Array, upToSeq: number): Promise<boolean> {
    return this.transaction(async (client) => {
      // Held until this transaction ends, or the database ends the session (a crash, or
      // idle_in_transaction_session_timeout), so a dead instance blocks nothing.
      const lock = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_xact_lock(hashtext($1), hashtext($2)) AS locked',
        ['compact', `${key.workshopId}/${key.doc}`],
      )
      if (!lock.rows[0]?.locked) return false
      const previous = await client.query<{ bytes: Buffer; up_to_seq: string }>(
        'SELECT bytes, up_to_seq FROM doc_snapshots WHERE workshop_id = $1 AND doc = $2',
        [key.workshopId, key.doc],
      )
      const deleted = await client.query<{ seq: string; bytes: Buffer }>(
        `DELETE FROM doc_updates WHERE workshop_id = $1 AND doc = $2 AND seq <= $3
         RETURNING seq, bytes`,
        [key.workshopId, key.doc, upToSeq],
      )
      const old = previous.rows[0]
      const folded = [
        ...(old ? [old.bytes] : []),
        ...deleted.rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map((row) => row.bytes),
      ]
      // The caller's snapshot first: where it and a folded update hold the same struct, Yjs
      // keeps the first, so content the snapshot already collected stays collected.
      const merged = folded.length > 0 ? Y.mergeUpdates([snapshot, ...folded]) : snapshot
      await client.query(
        `INSERT INTO doc_snapshots (workshop_id, doc, bytes, up_to_seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (workshop_id, doc) DO UPDATE
         SET bytes = excluded.bytes, up_to_seq = greatest(doc_snapshots.up_to_seq, excluded.up_to_seq)`,
        [key.workshopId, key.doc, toBuffer(merged), upToSeq],
      )
      return true
    })
  }

  async stats(key: DocKey): Promise<{ updates: number; hasSnapshot: boolean }> {
    const { rows } = await this.pool.query<{ updates: number; has_snapshot: boolean }>(
      `SELECT
         (SELECT count(*)::int FROM doc_updates WHERE workshop_id = $1 AND doc = $2) AS updates,
         EXISTS (SELECT 1 FROM doc_snapshots WHERE workshop_id = $1 AND doc = $2) AS has_snapshot`,
      [key.workshopId, key.doc],
    )
    return { updates: rows[0]?.updates ?? 0, hasSnapshot: rows[0]?.has_snapshot ?? false }
  }
}
