import { dotCountRefusal, type Vote, type Workshop } from '@pactboard/shared'
import Database from 'better-sqlite3'
import { UnknownWorkspaceError } from './accounts/AccountStore.ts'
import { SqliteAccounts } from './accounts/SqliteAccounts.ts'
import { SqliteCandidates } from './candidates/SqliteCandidates.ts'
import { SqliteLibraries } from './libraries/SqliteLibraries.ts'
import { SqliteOrganisations } from './organisations/SqliteOrganisations.ts'
import { SqlitePublications } from './publications/SqlitePublications.ts'
import { toStoredInvite, toStoredWorkshop, toVersionInfo } from './rows.ts'
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
import { migrateSqlite } from './sqliteSchema.ts'
import {
  prepareStatements,
  type SqliteStatements,
  type SqliteWorkshopRow,
} from './sqliteStatements.ts'
import { WORKSHOP_TABLES } from './workshopTables.ts'

/**
 * The embedded store: one SQLite file in DATA_DIR, used synchronously.
 *
 * Durability: journal_mode=WAL with synchronous=NORMAL. Every append is its own committed
 * transaction written into the WAL before `appendUpdate` returns, so it survives kill -9 of the
 * process (the OS still holds the written pages); only a power loss or kernel crash may lose the
 * last commits, which is the trade NORMAL makes for not fsyncing every update.
 */

function fromSqliteWorkshop(row: SqliteWorkshopRow): StoredWorkshop {
  return toStoredWorkshop({
    ...row,
    settings: JSON.parse(row.settings),
    join_locked: row.join_locked === 1,
  })
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined
}

export class SqliteStore implements Store {
  private readonly db: Database.Database
  private readonly statements: SqliteStatements
  readonly accounts: SqliteAccounts
  readonly candidates: SqliteCandidates
  readonly libraries: SqliteLibraries
  readonly organisations: SqliteOrganisations
  readonly publications: SqlitePublications

  constructor(path: string) {
    this.db = new Database(path)
    this.db.pragma('journal_mode = WAL')
    this.db.pragma('synchronous = NORMAL')
    this.db.pragma('foreign_keys = ON')
    this.db.pragma('busy_timeout = 5000')
    // [G1][G2] What is deleted is overwritten with zeros, not left in free pages of the file.
    this.db.pragma('secure_delete = ON')
    migrateSqlite(this.db)
    const db = this.db
    this.statements = prepareStatements(db)
    this.accounts = new SqliteAccounts(db)
    this.candidates = new SqliteCandidates(db)
    this.libraries = new SqliteLibraries(db)
    this.organisations = new SqliteOrganisations(db)
    this.publications = new SqlitePublications(db)
  }

  createWorkshop(workshop: Workshop, joinCode: string, workspaceId: string | null = null): void {
    try {
      this.statements.insertWorkshop.run({
        id: workshop.id,
        title: workshop.title,
        city: workshop.city,
        language: workshop.language,
        template: workshop.template,
        settings: JSON.stringify(workshop.settings),
        join_code: joinCode,
        created_at: workshop.createdAt,
        phase: workshop.phase,
        join_locked: workshop.joinLocked ? 1 : 0,
        workspace_id: workspaceId,
      })
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('join_code')) {
        throw new JoinCodeTakenError(joinCode)
      }
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY' && workspaceId) {
        throw new UnknownWorkspaceError(workspaceId)
      }
      throw error
    }
  }

  getWorkshop(id: string): StoredWorkshop | null {
    const row = this.statements.workshopById.get(id)
    return row ? fromSqliteWorkshop(row) : null
  }

  findWorkshopByJoinCode(joinCode: string): StoredWorkshop | null {
    const row = this.statements.workshopByCode.get(joinCode)
    return row ? fromSqliteWorkshop(row) : null
  }

  appendUpdate(key: DocKey, update: Uint8Array): number {
    try {
      const result = this.statements.appendUpdate.run(key.workshopId, key.doc, update)
      return Number(result.lastInsertRowid)
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(key.workshopId)
      }
      throw error
    }
  }

  loadDoc(key: DocKey): StoredDoc {
    // One read transaction, so a compaction in between cannot make us miss rows.
    return this.db.transaction((): StoredDoc => {
      const snapshot = this.statements.snapshot.get(key.workshopId, key.doc)
      const afterSeq = snapshot?.up_to_seq ?? 0
      const rows = this.statements.updatesAfter.all(key.workshopId, key.doc, afterSeq)
      const updates: Uint8Array[] = snapshot ? [snapshot.bytes] : []
      for (const row of rows) updates.push(row.bytes)
      return {
        updates,
        lastSeq: rows.at(-1)?.seq ?? afterSeq,
        updatesSinceSnapshot: rows.length,
      }
    })()
  }

  /** Always `true`: one process holds the DATA_DIR (DataDirLock), so nobody else compacts. */
  compact(key: DocKey, snapshot: Uint8Array, upToSeq: number): true {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(key.workshopId, key.doc, snapshot, upToSeq)
      this.statements.deleteUpdatesUpTo.run(key.workshopId, key.doc, upToSeq)
    })()
    return true
  }

  forgetDeleted(): void {
    this.forgetDeletedPages()
  }

  /** Copies the WAL into the file (where secure_delete zeroed what went) and empties it. */
  private forgetDeletedPages(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)')
  }

  docStats(key: DocKey): { updates: number; hasSnapshot: boolean } {
    return {
      updates: this.statements.countUpdates.get(key.workshopId, key.doc)?.n ?? 0,
      hasSnapshot: this.statements.snapshot.get(key.workshopId, key.doc) !== undefined,
    }
  }

  saveVersion(key: DocKey, version: StoredVersion): void {
    try {
      this.statements.insertVersion.run({
        id: version.id,
        workshop_id: key.workshopId,
        doc: key.doc,
        name: version.name,
        author_id: version.authorId,
        author_name: version.authorName,
        created_at: version.createdAt,
        snapshot: version.snapshot,
      })
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(key.workshopId)
      }
      throw error
    }
  }

  listVersions(key: DocKey): VersionInfo[] {
    return this.statements.listVersions.all(key.workshopId, key.doc).map(toVersionInfo)
  }

  getVersion(key: DocKey, id: string): StoredVersion | null {
    const row = this.statements.versionById.get(key.workshopId, key.doc, id)
    return row ? { ...toVersionInfo(row), snapshot: new Uint8Array(row.snapshot) } : null
  }

  setJoinLocked(workshopId: string, locked: boolean): boolean {
    return this.statements.setJoinLocked.run(locked ? 1 : 0, workshopId).changes > 0
  }

  revokeParticipant(workshopId: string, participantId: string, revokedAt: string): void {
    try {
      this.statements.revokeParticipant.run(workshopId, participantId, revokedAt)
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }

  isParticipantRevoked(workshopId: string, participantId: string): boolean {
    return this.statements.isRevoked.get(workshopId, participantId) !== undefined
  }

  saveInvite(invite: StoredInvite): void {
    try {
      this.statements.insertInvite.run({
        id: invite.id,
        workshop_id: invite.workshopId,
        role: invite.role,
        created_at: invite.createdAt,
        expires_at: invite.expiresAt,
        created_by: invite.createdBy,
        revoked_at: invite.revokedAt,
        actor_id: invite.actorId,
      })
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(invite.workshopId)
      }
      throw error
    }
  }

  changeDot(workshopId: string, change: DotChange, limits: DotLimits): DotChangeResult {
    const { participantId, measureId, delta } = change
    // IMMEDIATE: the write lock is taken before the read, so another process on the same file
    // cannot read the same counts in between (one process is serial anyway).
    const run = this.db.transaction((): DotChangeResult => {
      const mine = this.dotsOf(workshopId, participantId)
      const onMeasure = mine.get(measureId) ?? 0
      let spent = 0
      for (const count of mine.values()) spent += count
      const refusal = dotCountRefusal({ delta, settings: limits, onMeasure, spent })
      if (refusal) return { refusal, onMeasure, spent }
      const next = onMeasure + delta
      if (next > 0) this.statements.setDots.run(workshopId, participantId, measureId, next)
      else this.statements.deleteDots.run(workshopId, participantId, measureId)
      return { refusal: null, onMeasure: next, spent: spent + delta }
    })
    try {
      return run.immediate()
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }

  listInvites(workshopId: string): StoredInvite[] {
    return this.statements.listInvites.all(workshopId).map(toStoredInvite)
  }

  getInvite(workshopId: string, inviteId: string): StoredInvite | null {
    const row = this.statements.inviteById.get(workshopId, inviteId)
    return row ? toStoredInvite(row) : null
  }

  revokeInvite(workshopId: string, inviteId: string, revokedAt: string): StoredInvite | null {
    return this.db.transaction(() => {
      this.statements.revokeInvite.run(revokedAt, workshopId, inviteId)
      return this.getInvite(workshopId, inviteId)
    })()
  }

  dotsOf(workshopId: string, participantId: string): Map<string, number> {
    const rows = this.statements.dotsOf.all(workshopId, participantId)
    return new Map(rows.map((row) => [row.measure_id, row.count]))
  }

  voteTotals(workshopId: string): Map<string, number> {
    const rows = this.statements.voteTotals.all(workshopId)
    return new Map(rows.map((row) => [row.measure_id, row.total]))
  }

  listVotes(workshopId: string): Vote[] {
    return this.statements.listVotes.all(workshopId).map((row) => ({
      participantId: row.participant_id,
      measureId: row.measure_id,
      count: row.count,
    }))
  }

  moveDots(workshopId: string, fromMeasureId: string, toMeasureId: string): number {
    if (fromMeasureId === toMeasureId) return 0
    return this.db
      .transaction((): number => {
        const moved = this.statements.dotsOnMeasure.get(workshopId, fromMeasureId)?.n ?? 0
        if (moved === 0) return 0
        this.statements.addDotsFrom.run(toMeasureId, workshopId, fromMeasureId)
        this.statements.deleteDotsOn.run(workshopId, fromMeasureId)
        return moved
      })
      .immediate()
  }

  putVotes(workshopId: string, votes: readonly Vote[]): void {
    try {
      this.db
        .transaction(() => {
          for (const { participantId, measureId, count } of votes) {
            if (count > 0) this.statements.setDots.run(workshopId, participantId, measureId, count)
            else this.statements.deleteDots.run(workshopId, participantId, measureId)
          }
        })
        .immediate()
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }

  deleteWorkshop(workshopId: string): boolean {
    const deleted = this.db
      .transaction((): boolean => {
        const workspaceId = this.accounts.workshopWorkspace(workshopId)
        for (const table of WORKSHOP_TABLES) this.statements.deleteFrom[table]?.run(workshopId)
        if (workspaceId) this.candidates.deleteWordless(workspaceId)
        return this.statements.deleteWorkshop.run(workshopId).changes > 0
      })
      .immediate()
    this.forgetDeletedPages()
    return deleted
  }

  touchWorkshop(workshopId: string, at: string): void {
    this.statements.touchWorkshop.run(at, workshopId, at)
  }

  listInactiveWorkshops(before: string, limit: number): string[] {
    return this.statements.inactiveWorkshops.all(before, limit).map((row) => row.id)
  }

  erasePerson(erasure: StoreErasure): void {
    const { workshopId, participantId, formerName, erasedAt, anonymousVoterId } = erasure
    try {
      this.db
        .transaction(() => {
          this.statements.revokeParticipant.run(workshopId, participantId, erasedAt)
          this.statements.renameVersionAuthor.run(formerName, workshopId, participantId)
          const dots = this.dotsOf(workshopId, participantId)
          for (const [measureId, count] of dots) {
            this.statements.deleteDots.run(workshopId, participantId, measureId)
            this.statements.setDots.run(workshopId, anonymousVoterId, measureId, count)
          }
        })
        .immediate()
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
    this.forgetDeletedPages()
  }

  participantStanding(workshopId: string, participantId: string): ParticipantStanding {
    const row = this.statements.standing.get(workshopId, participantId, workshopId)
    if (!row) return 'no_workshop'
    return row.revoked ? 'revoked' : 'active'
  }

  close(): void {
    if (this.db.open) this.db.close()
  }
}
