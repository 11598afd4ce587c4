// @y/websocket-server's stock server (yWebsocketServer.mjs) with one promise added: each update
// is stored in SQLite before it is relayed, as Pactboard stores it ([D1]: WAL, synchronous NORMAL,
// one row per update). It checks nothing else. Beside the in-memory server it shows what storing
// before relaying costs a relay that does nothing more; beside Pactboard, what Pactboard's rules
// cost on top of that. DATABASE names the SQLite file (a fresh one in a temporary folder if unset).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setPersistence } from '@y/websocket-server/utils'
import Database from 'better-sqlite3'
import * as Y from 'yjs'

const file =
  process.env.DATABASE ?? join(mkdtempSync(join(tmpdir(), 'y-websocket-stored-')), 'docs.sqlite')
const db = new Database(file)
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
db.exec(`CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  update_bytes BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_by_doc ON updates (doc, seq);`)
const insert = db.prepare('INSERT INTO updates (doc, update_bytes) VALUES (?, ?)')
const stored = db.prepare('SELECT update_bytes FROM updates WHERE doc = ? ORDER BY seq')

setPersistence({
  provider: db,
  bindState(docName, doc) {
    // Synchronous, so the doc holds what is stored before its first connection is greeted.
    const updates = stored.all(docName).map((row) => row.update_bytes)
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates))
    // Observers run in the order they were added, and the server's relay was added when the doc
    // was made: put the store in front of it, so nothing is relayed that is not stored.
    const observers = doc._observers.get('update')
    const relay = [...observers]
    observers.clear()
    doc.on('update', (update) => insert.run(docName, update))
    for (const f of relay) observers.add(f)
  },
  writeState: async () => {},
})

await import('./node_modules/@y/websocket-server/src/server.js')
