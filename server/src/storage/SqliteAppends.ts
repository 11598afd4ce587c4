import type Database from 'better-sqlite3'
import type { AppendJournal, JournalRecord } from './AppendJournal.ts'
import { type DocKey, UnknownWorkshopError } from './Store.ts'
import type { SqliteStatements } from './sqliteStatements.ts'

/**
 * [D1] The SQLite store's doc appends: an update is acknowledged once it is in the journal (one
 * `write(2)`), and moved into SQLite in one transaction with everything else the current task
 * appended, once that task is done (a microtask), which is after the room has relayed it. The
 * store settles before any other use of the database, so nothing reads, compacts or deletes past
 * an acknowledged update. Records a dead process left are moved in when the store opens.
 *
 * Seqs are given here, not by SQLite: an update needs its seq when it is acknowledged, and only
 * this process appends to the DATA_DIR (DataDirLock).
 */
export class SqliteAppends {
  /** Journalled, acknowledged, not yet in SQLite. */
  private pending: JournalRecord[] = []
  private nextSeq: number
  /** Workshops known to exist: an append to any other is refused as SQLite's foreign key would. */
  private readonly liveWorkshops = new Set<string>()

  constructor(
    private readonly db: Database.Database,
    private readonly statements: SqliteStatements,
    private readonly journal: AppendJournal,
  ) {
    this.recover()
    this.nextSeq = (statements.lastUpdateSeq.get()?.seq ?? 0) + 1
  }

  append(key: DocKey, update: Uint8Array): number {
    if (!this.isLive(key.workshopId)) throw new UnknownWorkshopError(key.workshopId)
    const record: JournalRecord = { seq: this.nextSeq, key, update }
    this.journal.write(record)
    this.nextSeq++
    if (this.pending.push(record) === 1) queueMicrotask(() => this.settleLater())
    return record.seq
  }

  /** Moves the journalled updates into SQLite in one transaction, then empties the journal. */
  settle(): void {
    if (this.pending.length === 0) return
    const records = this.pending
    const insert = this.statements.insertUpdate
    this.db.transaction(() => {
      for (const { seq, key, update } of records) insert.run(seq, key.workshopId, key.doc, update)
    })()
    this.pending = []
    this.journal.clear()
  }

  /** The workshop is being deleted: nothing more may be appended to it. */
  forgetWorkshop(workshopId: string): void {
    this.liveWorkshops.delete(workshopId)
  }

  close(): void {
    try {
      this.settle()
    } finally {
      // Whatever could not be settled stays in the journal for the next process.
      this.journal.close()
    }
  }

  private settleLater(): void {
    try {
      this.settle()
    } catch {
      // The records stay journalled and pending: the next use of the database tries again and
      // throws to its caller, and a restart moves them in.
    }
  }

  private recover(): void {
    const left = this.journal.readLeft()
    const recover = this.statements.recoverUpdate
    this.db.transaction(() => {
      for (const { seq, key, update } of left) {
        recover.run({ seq, workshopId: key.workshopId, doc: key.doc, bytes: update })
      }
    })()
    this.journal.clear()
  }

  private isLive(workshopId: string): boolean {
    if (this.liveWorkshops.has(workshopId)) return true
    if (this.statements.workshopById.get(workshopId) === undefined) return false
    this.liveWorkshops.add(workshopId)
    return true
  }
}
