import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { DATABASE_FILE } from '../../src/app.ts'
import { NON_WORKSHOP_TABLES, WORKSPACE_TABLES } from '../../src/storage/workshopTables.ts'

/**
 * The test server's SQLite database read directly, as anyone holding the file could read it:
 * what the store keeps, not what it answers.
 */

function withDatabase<T>(dataDir: string, read: (db: Database.Database) => T): T {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true })
  try {
    return read(db)
  } finally {
    db.close()
  }
}

/** [G1] Rows of the workshop in every table the schema has (bookkeeping tables aside). */
export function rowsOfWorkshopInFile(dataDir: string, workshopId: string): Record<string, number> {
  return withDatabase(dataDir, (db) => {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((row) => row.name)
      .filter((name) => !(NON_WORKSHOP_TABLES as readonly string[]).includes(name))
      .filter((name) => !(WORKSPACE_TABLES as readonly string[]).includes(name))
    const counts: Record<string, number> = {}
    for (const table of tables) {
      const column = table === 'workshops' ? 'id' : 'workshop_id'
      counts[table] =
        db
          .prepare<[string], { n: number }>(
            `SELECT count(*) AS n FROM ${table} WHERE ${column} = ?`,
          )
          .get(workshopId)?.n ?? 0
    }
    return counts
  })
}

/** [G2] `table.column` of every cell whose bytes or text hold `text`. */
export function cellsHoldingInFile(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8')
  return withDatabase(dataDir, (db) => {
    const found: string[] = []
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
    for (const { name } of tables) {
      for (const row of db.prepare<[], Record<string, unknown>>(`SELECT * FROM ${name}`).all()) {
        for (const [column, value] of Object.entries(row)) {
          const bytes = Buffer.isBuffer(value) ? value : Buffer.from(String(value))
          if (bytes.includes(needle)) found.push(`${name}.${column}`)
        }
      }
    }
    return found
  })
}

/**
 * [G1][G2] Whether the database's files on disk (the file and its write-ahead log) still hold
 * `text` anywhere, deleted rows and free pages included.
 */
export function filesHold(dataDir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8')
  return [DATABASE_FILE, `${DATABASE_FILE}-wal`].filter((file) => {
    const path = join(dataDir, file)
    return existsSync(path) && readFileSync(path).includes(needle)
  })
}
