import { DOC_NAMES } from '@pactboard/shared'
import type pg from 'pg'
import {
  POSTGRES_ACCOUNT_SCHEMA,
  POSTGRES_ACCOUNT_WORKSHOP_SCHEMA,
} from './accounts/PostgresAccounts.ts'
import { POSTGRES_CANDIDATE_SCHEMA } from './candidates/PostgresCandidates.ts'
import { POSTGRES_LIBRARY_SCHEMA } from './libraries/PostgresLibraries.ts'
import { POSTGRES_ORGANISATION_SCHEMA } from './organisations/PostgresOrganisations.ts'
import { POSTGRES_PUBLICATION_SCHEMA } from './publications/PostgresPublications.ts'

/** PostgresStore's tables: the same as SQLite's, in PostgreSQL's types. */

// 1: the tables of SQLite's schema 5; 2: workshops.last_active_at (SQLite's 6); 3: workspaces,
// accounts, sessions, account_participants, workshops.workspace_id (SQLite's 7); 4: candidates,
// candidate_sources (SQLite's 8); 5: publications (SQLite's 9); 6: libraries, library_measures,
// organisations (SQLite's 10). An older server must not run on a newer database.
const SCHEMA_VERSION = 6

// Any constant will do; it only has to be the same in every process.
const MIGRATION_LOCK = 7_201_318_411

const DOC_CHECK = `CHECK (doc IN (${DOC_NAMES.map((d) => `'${d}'`).join(', ')}))`

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  city        text NOT NULL,
  language    text NOT NULL,
  template    text NOT NULL,
  settings    jsonb NOT NULL,
  join_code   text NOT NULL CONSTRAINT workshops_join_code_key UNIQUE,
  created_at  text NOT NULL,
  phase       text,
  join_locked boolean NOT NULL DEFAULT false,
  last_active_at text
);
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS last_active_at text;
CREATE TABLE IF NOT EXISTS doc_updates (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         text NOT NULL ${DOC_CHECK},
  bytes       bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (workshop_id, doc, seq);
CREATE TABLE IF NOT EXISTS doc_snapshots (
  workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         text NOT NULL ${DOC_CHECK},
  bytes       bytea NOT NULL,
  up_to_seq   bigint NOT NULL,
  PRIMARY KEY (workshop_id, doc)
);
CREATE TABLE IF NOT EXISTS doc_versions (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text NOT NULL UNIQUE,
  workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  doc         text NOT NULL ${DOC_CHECK},
  name        text NOT NULL,
  author_id   text NOT NULL,
  author_name text NOT NULL,
  created_at  text NOT NULL,
  snapshot    bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_versions_by_doc ON doc_versions (workshop_id, doc, seq);
CREATE TABLE IF NOT EXISTS revoked_participants (
  workshop_id    text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id text NOT NULL,
  revoked_at     text NOT NULL,
  PRIMARY KEY (workshop_id, participant_id)
);
CREATE TABLE IF NOT EXISTS invites (
  seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id          text NOT NULL UNIQUE,
  workshop_id text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  role        text NOT NULL,
  created_at  text NOT NULL,
  expires_at  text NOT NULL,
  created_by  text NOT NULL,
  revoked_at  text,
  actor_id    text
);
ALTER TABLE invites ADD COLUMN IF NOT EXISTS actor_id text;
CREATE INDEX IF NOT EXISTS invites_by_workshop ON invites (workshop_id, seq);
CREATE TABLE IF NOT EXISTS votes (
  workshop_id    text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  participant_id text NOT NULL,
  measure_id     text NOT NULL,
  count          integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (workshop_id, participant_id, measure_id)
);
CREATE INDEX IF NOT EXISTS votes_by_measure ON votes (workshop_id, measure_id);
`

/**
 * Creates what is missing, under an advisory lock (two processes starting at once would race on
 * CREATE TABLE IF NOT EXISTS), inside the caller's transaction; refuses a newer schema.
 */
export async function migrate(client: pg.PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
  await client.query(
    `CREATE TABLE IF NOT EXISTS schema_version (
       id      integer PRIMARY KEY CHECK (id = 1),
       version integer NOT NULL
     )`,
  )
  const { rows } = await client.query<{ version: number }>(
    'SELECT version FROM schema_version WHERE id = 1',
  )
  const version = rows[0]?.version ?? 0
  if (version > SCHEMA_VERSION) {
    throw new Error(`Database schema ${version} is newer than this server (${SCHEMA_VERSION})`)
  }
  await client.query(POSTGRES_ACCOUNT_SCHEMA)
  await client.query(SCHEMA)
  await client.query(POSTGRES_ACCOUNT_WORKSHOP_SCHEMA)
  await client.query(POSTGRES_CANDIDATE_SCHEMA)
  await client.query(POSTGRES_LIBRARY_SCHEMA)
  await client.query(POSTGRES_PUBLICATION_SCHEMA)
  await client.query(POSTGRES_ORGANISATION_SCHEMA)
  await client.query(
    `INSERT INTO schema_version (id, version) VALUES (1, $1)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
    [SCHEMA_VERSION],
  )
}
