import type Database from 'better-sqlite3'
import type { InviteRow, VersionRow, WorkshopRow } from './rows.ts'
import { WORKSHOP_TABLES } from './workshopTables.ts'

/** A workshop's row as SQLite keeps it: settings as JSON text, booleans as 0 or 1. */
export type SqliteWorkshopRow = Omit<WorkshopRow, 'settings' | 'join_locked'> & {
  settings: string
  join_locked: number
}

/**
 * Every statement of SqliteStore, prepared once when the store opens (better-sqlite3 compiles
 * each once and runs it many times); each typed with its parameters and the rows it reads.
 */
export function prepareStatements(db: Database.Database) {
  return {
    insertWorkshop: db.prepare(
      `INSERT INTO workshops (id, title, city, language, template, settings, join_code, created_at, phase, join_locked, last_active_at, workspace_id)
       VALUES (@id, @title, @city, @language, @template, @settings, @join_code, @created_at, @phase, @join_locked, @created_at, @workspace_id)`,
    ),
    workshopById: db.prepare<[string], SqliteWorkshopRow>('SELECT * FROM workshops WHERE id = ?'),
    workshopByCode: db.prepare<[string], SqliteWorkshopRow>(
      'SELECT * FROM workshops WHERE join_code = ?',
    ),
    appendUpdate: db.prepare<[string, string, Uint8Array]>(
      'INSERT INTO doc_updates (workshop_id, doc, bytes) VALUES (?, ?, ?)',
    ),
    snapshot: db.prepare<[string, string], { bytes: Buffer; up_to_seq: number }>(
      'SELECT bytes, up_to_seq FROM doc_snapshots WHERE workshop_id = ? AND doc = ?',
    ),
    updatesAfter: db.prepare<[string, string, number], { seq: number; bytes: Buffer }>(
      'SELECT seq, bytes FROM doc_updates WHERE workshop_id = ? AND doc = ? AND seq > ? ORDER BY seq',
    ),
    upsertSnapshot: db.prepare<[string, string, Uint8Array, number]>(
      `INSERT INTO doc_snapshots (workshop_id, doc, bytes, up_to_seq) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, doc) DO UPDATE SET bytes = excluded.bytes, up_to_seq = excluded.up_to_seq
       WHERE excluded.up_to_seq >= doc_snapshots.up_to_seq`,
    ),
    deleteUpdatesUpTo: db.prepare<[string, string, number]>(
      'DELETE FROM doc_updates WHERE workshop_id = ? AND doc = ? AND seq <= ?',
    ),
    insertVersion: db.prepare(
      `INSERT INTO doc_versions (id, workshop_id, doc, name, author_id, author_name, created_at, snapshot)
       VALUES (@id, @workshop_id, @doc, @name, @author_id, @author_name, @created_at, @snapshot)`,
    ),
    // seq, not created_at: two versions saved within a millisecond (a restore's) stay in order
    listVersions: db.prepare<[string, string], VersionRow>(
      `SELECT id, name, author_id, author_name, created_at FROM doc_versions
       WHERE workshop_id = ? AND doc = ? ORDER BY seq DESC`,
    ),
    versionById: db.prepare<[string, string, string], VersionRow & { snapshot: Buffer }>(
      'SELECT * FROM doc_versions WHERE workshop_id = ? AND doc = ? AND id = ?',
    ),
    setJoinLocked: db.prepare<[number, string]>(
      'UPDATE workshops SET join_locked = ? WHERE id = ?',
    ),
    revokeParticipant: db.prepare<[string, string, string]>(
      `INSERT INTO revoked_participants (workshop_id, participant_id, revoked_at) VALUES (?, ?, ?)
       ON CONFLICT (workshop_id, participant_id) DO NOTHING`,
    ),
    isRevoked: db.prepare<[string, string], { n: number }>(
      'SELECT 1 AS n FROM revoked_participants WHERE workshop_id = ? AND participant_id = ?',
    ),
    insertInvite: db.prepare(
      `INSERT INTO invites
         (id, workshop_id, role, created_at, expires_at, created_by, revoked_at, actor_id)
       VALUES
         (@id, @workshop_id, @role, @created_at, @expires_at, @created_by, @revoked_at, @actor_id)`,
    ),
    listInvites: db.prepare<[string], InviteRow>(
      'SELECT * FROM invites WHERE workshop_id = ? ORDER BY seq DESC',
    ),
    inviteById: db.prepare<[string, string], InviteRow>(
      'SELECT * FROM invites WHERE workshop_id = ? AND id = ?',
    ),
    revokeInvite: db.prepare<[string, string, string]>(
      'UPDATE invites SET revoked_at = ? WHERE workshop_id = ? AND id = ? AND revoked_at IS NULL',
    ),
    countUpdates: db.prepare<[string, string], { n: number }>(
      'SELECT count(*) AS n FROM doc_updates WHERE workshop_id = ? AND doc = ?',
    ),
    dotsOf: db.prepare<[string, string], { measure_id: string; count: number }>(
      'SELECT measure_id, count FROM votes WHERE workshop_id = ? AND participant_id = ?',
    ),
    setDots: db.prepare<[string, string, string, number]>(
      `INSERT INTO votes (workshop_id, participant_id, measure_id, count) VALUES (?, ?, ?, ?)
       ON CONFLICT (workshop_id, participant_id, measure_id) DO UPDATE SET count = excluded.count`,
    ),
    deleteDots: db.prepare<[string, string, string]>(
      'DELETE FROM votes WHERE workshop_id = ? AND participant_id = ? AND measure_id = ?',
    ),
    voteTotals: db.prepare<[string], { measure_id: string; total: number }>(
      'SELECT measure_id, sum(count) AS total FROM votes WHERE workshop_id = ? GROUP BY measure_id',
    ),
    listVotes: db.prepare<[string], { participant_id: string; measure_id: string; count: number }>(
      `SELECT participant_id, measure_id, count FROM votes WHERE workshop_id = ?
       ORDER BY measure_id, participant_id`,
    ),
    dotsOnMeasure: db.prepare<[string, string], { n: number }>(
      'SELECT coalesce(sum(count), 0) AS n FROM votes WHERE workshop_id = ? AND measure_id = ?',
    ),
    addDotsFrom: db.prepare<[string, string, string]>(
      `INSERT INTO votes (workshop_id, participant_id, measure_id, count)
       SELECT workshop_id, participant_id, ?, count FROM votes WHERE workshop_id = ? AND measure_id = ?
       ON CONFLICT (workshop_id, participant_id, measure_id) DO UPDATE SET count = votes.count + excluded.count`,
    ),
    deleteDotsOn: db.prepare<[string, string]>(
      'DELETE FROM votes WHERE workshop_id = ? AND measure_id = ?',
    ),
    deleteFrom: Object.fromEntries(
      WORKSHOP_TABLES.map((table) => [
        table,
        db.prepare<[string]>(`DELETE FROM ${table} WHERE workshop_id = ?`),
      ]),
    ),
    deleteWorkshop: db.prepare<[string]>('DELETE FROM workshops WHERE id = ?'),
    touchWorkshop: db.prepare<[string, string, string]>(
      `UPDATE workshops SET last_active_at = ?
       WHERE id = ? AND coalesce(last_active_at, created_at) < ?`,
    ),
    inactiveWorkshops: db.prepare<[string, number], { id: string }>(
      `SELECT id FROM workshops WHERE coalesce(last_active_at, created_at) < ?
       ORDER BY coalesce(last_active_at, created_at) LIMIT ?`,
    ),
    renameVersionAuthor: db.prepare<[string, string, string]>(
      'UPDATE doc_versions SET author_name = ? WHERE workshop_id = ? AND author_id = ?',
    ),
    standing: db.prepare<[string, string, string], { revoked: number | null }>(
      `SELECT (SELECT 1 FROM revoked_participants WHERE workshop_id = ? AND participant_id = ?)
         AS revoked FROM workshops WHERE id = ?`,
    ),
  }
}

export type SqliteStatements = ReturnType<typeof prepareStatements>
