/**
 * A test's process (SqliteStore.test.ts): opens the store at argv[2], appends one update to
 * w-1's board, says how many update rows SQLite held at that moment, and kills itself with
 * SIGKILL in the same task, before anything scheduled after the append could run.
 */
import Database from 'better-sqlite3'
import { SqliteStore } from './SqliteStore.ts'
import { updateSetting } from './storeTestKit.ts'

const path = process.argv[2]!
const store = new SqliteStore(path)
const seq = store.appendUpdate(
  { workshopId: 'w-1', doc: 'board' },
  updateSetting('acknowledged', 1),
)
const reader = new Database(path, { readonly: true })
const rows = reader.prepare<[], { n: number }>('SELECT count(*) AS n FROM doc_updates').get()!.n
process.stdout.write(JSON.stringify({ seq, rowsInSqlite: rows }))
process.kill(process.pid, 'SIGKILL')
