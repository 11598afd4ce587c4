import { DOC_NAMES } from '@pactboard/shared'
import type Database from 'better-sqlite3'
import { SQLITE_ACCOUNT_SCHEMA } from './accounts/SqliteAccounts.ts'
import { SQLITE_CANDIDATE_SCHEMA } from './candidates/SqliteCandidates.ts'
import { SQLITE_LIBRARY_SCHEMA } from './libraries/SqliteLibraries.ts'
import { SQLITE_ORGANISATION_SCHEMA } from './organisations/SqliteOrganisations.ts'
import { SQLITE_PUBLICATION_SCHEMA } from './publications/SqlitePublications.ts'

/** SqliteStore's tables, and bringing an older database file up to them (postgresSchema.ts's twin). */

const DOC_CHECK = `CHECK (doc IN (${DOC_NAMES.map((d) => `'${d}'`).join(', ')}))`

// 2 added doc_versions, 3 workshops.join_locked and revoked_participants, 4 invites, 5 votes,
// 6 workshops.last_active_at, 7 workspaces, accounts, sessions, account_participants and
// workshops.workspace_id, 8 candidates and candidate_sources, 9 publications, 10 libraries,
// library_measures and organisations; an older server must not run on a database it would not
// fully know.
const SCHEMA_VERSION = 10
const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id         TEXT PRIMARY KEY,
  title      TEXT NOT NULL,
  city       TEXT NOT NULL,
  language   TEXT NOT NULL,
  template   TEXT NOT NULL,
  settings   TEXT NOT NULL,
  join_code  TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  phase      TEXT,
  join_locked INTEGER NOT NULL DEFAULT 0,
  last_active_at TEXT,
  workspace_id TEXT REFERENCES workspaces(id)
) STRICT;
CREATE TABLE IF NOT EXISTS doc_updates (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         TEXT NOT NULL ${DOC_CHECK},
  bytes       BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (workshop_id, doc, seq);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         TEXT NOT NULL ${DOC_CHECK},
  bytes       BLOB NOT NULL,
  up_to_seq   INTEGER NOT NULL,
  PRIMARY KEY (workshop_id, doc)
) STRICT;
CREATE TABLE IF NOT EXISTS doc_versions (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT NOT NULL UNIQUE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         TEXT NOT NULL ${DOC_CHECK},
  name        TEXT NOT NULL,
  author_id   TEXT NOT NULL,
  author_name TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  snapshot    BLOB NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS doc_versions_by_doc ON doc_versions (workshop_id, doc, seq);
CREATE TABLE IF NOT EXISTS revoked_participants (
  workshop_id    TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  revoked_at     TEXT NOT NULL,
  PRIMARY KEY (workshop_id, participant_id)
) STRICT;
CREATE TABLE IF NOT EXISTS invites (
  seq         INTEGER PRIMARY KEY AUTOINCREMENT,
  id          TEXT NOT NULL UNIQUE,
  workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  role        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  expires_at  TEXT NOT NULL,
  created_by  TEXT NOT NULL,
  revoked_at  TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS invites_by_workshop ON invites (workshop_id, seq);
CREATE TABLE IF NOT EXISTS votes (
  workshop_id    TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  measure_id     TEXT NOT NULL,
  count          INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (workshop_id, participant_id, measure_id)
) STRICT;
CREATE INDEX IF NOT EXISTS votes_by_measure ON votes (workshop_id, measure_id);
`

// Columns added after a table was first created: CREATE TABLE IF NOT EXISTS leaves old tables be.
const ADDED_COLUMNS: { table: string; column: string; definition: string }[] = [
  { table: 'workshops', column: 'join_locked', definition: 'INTEGER NOT NULL DEFAULT 0' },
  { table: 'workshops', column: 'last_active_at', definition: 'TEXT' },
  { table: 'invites', column: 'actor_id', definition: 'TEXT' },
  { table: 'workshops', column: 'workspace_id', definition: 'TEXT REFERENCES workspaces(id)' },
]

/**
 * Creates what is missing and adds the columns that came later, in one transaction; refuses a
 * database written by a newer server.
 */
export function migrateSqlite(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    throw new Error(`Database schema ${version} is newer than this server (${SCHEMA_VERSION})`)
  }
  db.transaction(() => {
    db.exec(SQLITE_ACCOUNT_SCHEMA)
    db.exec(SCHEMA)
    db.exec(SQLITE_PUBLICATION_SCHEMA)
    for (const { table, column, definition } of ADDED_COLUMNS) {
      const columns = db.pragma(`table_info(${table})`) as { name: string }[]
      if (!columns.some((c) => c.name === column)) {
        db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`)
      }
    }
    db.exec(SQLITE_CANDIDATE_SCHEMA)
    db.exec(SQLITE_LIBRARY_SCHEMA)
    db.exec(SQLITE_ORGANISATION_SCHEMA)
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })()
}
