import { join } from 'node:path'
import Database from 'better-sqlite3'

/**
 * One server process per DATA_DIR with the embedded SQLite store. Two processes on one SQLite
 * file each keep their own docs in memory and compact them on their own, so each can delete
 * updates the other appended: edits are lost without a word. Several instances are what
 * PostgreSQL (DATABASE_URL) is for.
 *
 * The lock is SQLite's own: a small file held in an EXCLUSIVE transaction for the process's
 * life. The operating system drops it when the process dies, however it dies (kill -9 included),
 * so a crashed server never leaves a stale lock behind.
 */

export const LOCK_FILE = 'pactboard.lock'

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError'
}

export class DataDirLock {
  private constructor(private readonly db: Database.Database) {}

  /** Takes the lock of `dataDir`, or throws DataDirInUseError at once. */
  static acquire(dataDir: string): DataDirLock {
    const db = new Database(join(dataDir, LOCK_FILE), { timeout: 0 })
    try {
      db.pragma('locking_mode = EXCLUSIVE')
      db.exec('BEGIN EXCLUSIVE')
    } catch (error) {
      db.close()
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new DataDirInUseError(
          `Another Pactboard server is running on DATA_DIR ${dataDir}. Stop it, give this one ` +
            'its own DATA_DIR, or run several instances on PostgreSQL (DATABASE_URL).',
        )
      }
      throw error
    }
    return new DataDirLock(db)
  }

  release(): void {
    if (!this.db.open) return
    this.db.exec('ROLLBACK')
    this.db.close()
  }
}
