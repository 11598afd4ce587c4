import type { Vote, Workshop } from '@pactboard/shared'
import pg from 'pg'
import { UnknownWorkspaceError } from './accounts/AccountStore.ts'
import { PostgresAccounts } from './accounts/PostgresAccounts.ts'
import {
  deleteWordlessCandidates,
  lockCandidateList,
  PostgresCandidates,
} from './candidates/PostgresCandidates.ts'
import { PostgresLibraries } from './libraries/PostgresLibraries.ts'
import { PostgresOrganisations } from './organisations/PostgresOrganisations.ts'
import { PostgresAppends } from './PostgresAppends.ts'
import { PostgresDocLog } from './PostgresDocLog.ts'
import { PostgresInvites, PostgresVersions } from './PostgresRecords.ts'
import { lockVoters, PostgresVotes } from './PostgresVotes.ts'
import {
  FOREIGN_KEY_VIOLATION,
  insertForWorkshop,
  pgError,
  UNIQUE_VIOLATION,
} from './postgresErrors.ts'
import { migrate } from './postgresSchema.ts'
import { PostgresPublications } from './publications/PostgresPublications.ts'
import { toStoredWorkshop, type WorkshopRow } from './rows.ts'
import {
  type DocKey,
  type DotChange,
  type DotChangeResult,
  type DotLimits,
  JoinCodeTakenError,
  type ParticipantStanding,
  type Store,
  type StoredDoc,
  type StoredInvite,
  type StoredVersion,
  type StoredWorkshop,
  type StoreErasure,
  UnknownWorkshopError,
  type VersionInfo,
} from './Store.ts'
import { WORKSHOP_TABLES } from './workshopTables.ts'

/**
 * The store for several server processes on one database (DATABASE_URL, DESIGN §5).
 *
 * Durability as SQLite's: `appendUpdate` resolves once its row is committed. Appends issued in one
 * turn of the event loop, for any docs, go out as one multi-row INSERT (one round trip, one
 * commit); while it is in flight the next ones gather, so at most one append batch is on the wire
 * and each doc's seqs follow the order of its calls.
 *
 * Several processes write the same docs, so nothing may trust one process's view:
 * - `compact` folds the updates it deletes, and the snapshot it replaces, into the new snapshot
 *   (`Y.mergeUpdates`): an update another process appended (or compacted) that the caller's doc
 *   never saw is kept, not deleted. It never touches an update with seq > upToSeq.
 * - `loadDoc` reads every update row of the doc, not only those above the snapshot's seq: a seq is
 *   drawn before its row commits, so a row with a lower seq can land after a compaction.
 * - `changeDot` takes a transaction-scoped advisory lock on (workshop, voter) before reading the
 *   voter's dots; `moveDots` takes the same locks for every voter it moves, so casts and merges
 *   from any process are judged one after the other (PostgresVotes).
 */

export interface PostgresStoreOptions {
  /** Connections in the pool. */
  maxConnections?: number
  /** An idle connection failed (the database restarted); the next query reconnects. */
  onIdleError?: (error: Error) => void
}

export class PostgresStore implements Store {
  private readonly pool: pg.Pool
  private readonly appends: PostgresAppends
  private readonly docLog: PostgresDocLog
  private readonly versions: PostgresVersions
  private readonly invites: PostgresInvites
  private readonly votes: PostgresVotes
  readonly accounts: PostgresAccounts
  readonly candidates: PostgresCandidates
  readonly libraries: PostgresLibraries
  readonly organisations: PostgresOrganisations
  readonly publications: PostgresPublications

  private constructor(pool: pg.Pool) {
    this.pool = pool
    this.accounts = new PostgresAccounts(pool, (work) => this.transaction(work))
    this.candidates = new PostgresCandidates(pool, (work) => this.transaction(work))
    this.libraries = new PostgresLibraries(pool, (work) => this.transaction(work))
    this.organisations = new PostgresOrganisations(pool, (work) => this.transaction(work))
    this.publications = new PostgresPublications(pool)
    this.votes = new PostgresVotes(pool, (work) => this.transaction(work))
    this.appends = new PostgresAppends(pool)
    this.docLog = new PostgresDocLog(pool, (work) => this.transaction(work))
    this.versions = new PostgresVersions(pool)
    this.invites = new PostgresInvites(pool)
  }

  /** Connects, creates or checks the schema, and refuses a database of a newer schema. */
  static async open(
    connectionString: string,
    options: PostgresStoreOptions = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString,
      max: options.maxConnections ?? 10,
      // An unreachable database fails an append (the room reloads, clients resend) instead of
      // holding every doc's queue forever.
      connectionTimeoutMillis: 5_000,
      query_timeout: 30_000,
      // The expiry of every lock this process holds: a transaction left open by a process that
      // hangs (or loses its network without a reset) is ended by the database, and its advisory
      // locks with it, so a dead instance blocks no compaction and no vote.
      idle_in_transaction_session_timeout: 60_000,
    })
    // Without a listener an idle client's error would crash the process.
    pool.on('error', (error) => options.onIdleError?.(error))
    const store = new PostgresStore(pool)
    try {
      await store.transaction(migrate)
    } catch (error) {
      await pool.end()
      throw error
    }
    return store
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    let broken: Error | undefined
    try {
      await client.query('BEGIN')
      const result = await work(client)
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError
      })
      throw error
    } finally {
      // A connection that could not roll back is dropped, not handed to the next caller.
      client.release(broken)
    }
  }

  async createWorkshop(
    workshop: Workshop,
    joinCode: string,
    workspaceId: string | null = null,
  ): Promise<void> {
    try {
      await this.pool.query(
        `INSERT INTO workshops (id, title, city, language, template, settings, join_code, created_at, phase, join_locked, last_active_at, workspace_id)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $8, $11)`,
        [
          workshop.id,
          workshop.title,
          workshop.city,
          workshop.language,
          workshop.template,
          JSON.stringify(workshop.settings),
          joinCode,
          workshop.createdAt,
          workshop.phase,
          workshop.joinLocked,
          workspaceId,
        ],
      )
    } catch (error) {
      const { code, constraint } = pgError(error)
      if (code === UNIQUE_VIOLATION && constraint === 'workshops_join_code_key') {
        throw new JoinCodeTakenError(joinCode)
      }
      if (code === FOREIGN_KEY_VIOLATION && workspaceId)
        throw new UnknownWorkspaceError(workspaceId)
      throw error
    }
  }

  async getWorkshop(id: string): Promise<StoredWorkshop | null> {
    const { rows } = await this.pool.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1', [
      id,
    ])
    return rows[0] ? toStoredWorkshop(rows[0]) : null
  }

  async findWorkshopByJoinCode(joinCode: string): Promise<StoredWorkshop | null> {
    const { rows } = await this.pool.query<WorkshopRow>(
      'SELECT * FROM workshops WHERE join_code = $1',
      [joinCode],
    )
    return rows[0] ? toStoredWorkshop(rows[0]) : null
  }

  appendUpdate(key: DocKey, update: Uint8Array): Promise<number> {
    return this.appends.append(key, update)
  }

  loadDoc(key: DocKey): Promise<StoredDoc> {
    return this.docLog.load(key)
  }

  /** Dead rows are reclaimed by (auto)vacuum, not by the server (docs/privacy.md). */
  forgetDeleted(): void {}

  /** `false`, having changed nothing, when another process is compacting the doc (PostgresDocLog). */
  compact(key: DocKey, snapshot: Uint8Array, upToSeq: number): Promise<boolean> {
    return this.docLog.compact(key, snapshot, upToSeq)
  }

  docStats(key: DocKey): Promise<{ updates: number; hasSnapshot: boolean }> {
    return this.docLog.stats(key)
  }

  // Versions and invites: PostgresVersions, PostgresInvites.
  saveVersion(key: DocKey, version: StoredVersion): Promise<void> {
    return this.versions.save(key, version)
  }

  listVersions(key: DocKey): Promise<VersionInfo[]> {
    return this.versions.list(key)
  }

  getVersion(key: DocKey, id: string): Promise<StoredVersion | null> {
    return this.versions.get(key, id)
  }

  saveInvite(invite: StoredInvite): Promise<void> {
    return this.invites.save(invite)
  }

  listInvites(workshopId: string): Promise<StoredInvite[]> {
    return this.invites.list(workshopId)
  }

  getInvite(workshopId: string, inviteId: string): Promise<StoredInvite | null> {
    return this.invites.get(workshopId, inviteId)
  }

  revokeInvite(
    workshopId: string,
    inviteId: string,
    revokedAt: string,
  ): Promise<StoredInvite | null> {
    return this.invites.revoke(workshopId, inviteId, revokedAt)
  }

  async setJoinLocked(workshopId: string, locked: boolean): Promise<boolean> {
    const result = await this.pool.query('UPDATE workshops SET join_locked = $1 WHERE id = $2', [
      locked,
      workshopId,
    ])
    return (result.rowCount ?? 0) > 0
  }

  async revokeParticipant(
    workshopId: string,
    participantId: string,
    revokedAt: string,
  ): Promise<void> {
    await insertForWorkshop(
      this.pool,
      workshopId,
      `INSERT INTO revoked_participants (workshop_id, participant_id, revoked_at) VALUES ($1, $2, $3)
       ON CONFLICT (workshop_id, participant_id) DO NOTHING`,
      [workshopId, participantId, revokedAt],
    )
  }

  async isParticipantRevoked(workshopId: string, participantId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'SELECT 1 FROM revoked_participants WHERE workshop_id = $1 AND participant_id = $2',
      [workshopId, participantId],
    )
    return (rowCount ?? 0) > 0
  }

  // Dots: PostgresVotes ([P20]; the advisory locks that judge casts one after the other).
  changeDot(workshopId: string, change: DotChange, limits: DotLimits): Promise<DotChangeResult> {
    return this.votes.changeDot(workshopId, change, limits)
  }

  dotsOf(workshopId: string, participantId: string): Promise<Map<string, number>> {
    return this.votes.dotsOf(workshopId, participantId)
  }

  voteTotals(workshopId: string): Promise<Map<string, number>> {
    return this.votes.voteTotals(workshopId)
  }

  listVotes(workshopId: string): Promise<Vote[]> {
    return this.votes.listVotes(workshopId)
  }

  moveDots(workshopId: string, fromMeasureId: string, toMeasureId: string): Promise<number> {
    return this.votes.moveDots(workshopId, fromMeasureId, toMeasureId)
  }

  putVotes(workshopId: string, votes: readonly Vote[]): Promise<void> {
    return this.votes.putVotes(workshopId, votes)
  }

  async deleteWorkshop(workshopId: string): Promise<boolean> {
    return this.transaction(async (client) => {
      // Its workspace's candidate list before any row: a planner bringing its measures in holds
      // that lock and then waits on the workshop's row, never the other way round.
      const owner = await client.query<{ workspace_id: string | null }>(
        'SELECT workspace_id FROM workshops WHERE id = $1',
        [workshopId],
      )
      const workspaceId = owner.rows[0]?.workspace_id ?? null
      if (workspaceId) await lockCandidateList(client, workspaceId)
      // The workshop's row first, locked: an append racing this waits on its foreign key and
      // then fails, instead of landing a row after the deletes below.
      const { rowCount } = await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR UPDATE', [
        workshopId,
      ])
      if (!rowCount) return false
      for (const table of WORKSHOP_TABLES) {
        await client.query(`DELETE FROM ${table} WHERE workshop_id = $1`, [workshopId])
      }
      if (workspaceId) await deleteWordlessCandidates(client, workspaceId)
      await client.query('DELETE FROM workshops WHERE id = $1', [workshopId])
      return true
    })
  }

  async touchWorkshop(workshopId: string, at: string): Promise<void> {
    await this.pool.query(
      `UPDATE workshops SET last_active_at = $1
       WHERE id = $2 AND coalesce(last_active_at, created_at) < $1`,
      [at, workshopId],
    )
  }

  async listInactiveWorkshops(before: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT id FROM workshops WHERE coalesce(last_active_at, created_at) < $1
       ORDER BY coalesce(last_active_at, created_at) LIMIT $2`,
      [before, limit],
    )
    return rows.map((row) => row.id)
  }

  async erasePerson(erasure: StoreErasure): Promise<void> {
    const { workshopId, participantId, formerName, erasedAt, anonymousVoterId } = erasure
    try {
      await this.transaction(async (client) => {
        await lockVoters(client, workshopId, [participantId])
        await client.query(
          `INSERT INTO revoked_participants (workshop_id, participant_id, revoked_at)
           VALUES ($1, $2, $3) ON CONFLICT (workshop_id, participant_id) DO NOTHING`,
          [workshopId, participantId, erasedAt],
        )
        await client.query(
          'UPDATE doc_versions SET author_name = $1 WHERE workshop_id = $2 AND author_id = $3',
          [formerName, workshopId, participantId],
        )
        await client.query(
          'UPDATE votes SET participant_id = $1 WHERE workshop_id = $2 AND participant_id = $3',
          [anonymousVoterId, workshopId, participantId],
        )
      })
    } catch (error) {
      if (pgError(error).code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkshopError(workshopId)
      throw error
    }
  }

  async participantStanding(
    workshopId: string,
    participantId: string,
  ): Promise<ParticipantStanding> {
    const { rows } = await this.pool.query<{ revoked: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM revoked_participants WHERE workshop_id = $1 AND participant_id = $2)
         AS revoked FROM workshops WHERE id = $1`,
      [workshopId, participantId],
    )
    const row = rows[0]
    if (!row) return 'no_workshop'
    return row.revoked ? 'revoked' : 'active'
  }

  private closing: Promise<void> | null = null

  close(): Promise<void> {
    // Appends already accepted are written before the pool goes.
    if (!this.closing) this.closing = this.appends.close().then(() => this.pool.end())
    return this.closing
  }
}
