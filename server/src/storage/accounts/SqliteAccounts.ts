import type { Workspace } from '@pactboard/shared'
import Database from 'better-sqlite3'
import { toStoredWorkshop, type WorkshopRow } from '../rows.ts'
import { type StoredWorkshop, UnknownWorkshopError } from '../Store.ts'
import {
  type AccountStore,
  EmailTakenError,
  type StoredAccount,
  type StoredSession,
  UnknownWorkspaceError,
} from './AccountStore.ts'
import {
  type AccountRow,
  accountParams,
  toStoredAccount,
  toWorkspace,
  type WorkspaceRow,
} from './accountRows.ts'

/** The account tables in SQLite (SqliteStore runs this inside its migration). */
export const SQLITE_ACCOUNT_SCHEMA = `
CREATE TABLE IF NOT EXISTS workspaces (
  id         TEXT PRIMARY KEY,
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL,
  language   TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS accounts (
  id           TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id),
  email        TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role         TEXT NOT NULL,
  is_admin     INTEGER NOT NULL,
  password_hash TEXT,
  password_changed_at TEXT,
  created_at   TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS sessions (
  id_hash      TEXT PRIMARY KEY,
  account_id   TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  expires_at   TEXT NOT NULL,
  last_used_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id);
CREATE TABLE IF NOT EXISTS account_participants (
  workshop_id    TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  PRIMARY KEY (workshop_id, account_id)
) STRICT;
`

type SqliteAccountRow = Omit<AccountRow, 'is_admin'> & { is_admin: number }
type SqliteWorkshopRow = Omit<WorkshopRow, 'settings' | 'join_locked'> & {
  settings: string
  join_locked: number
}

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined
}

const fromRow = (row: SqliteAccountRow) => toStoredAccount({ ...row, is_admin: row.is_admin === 1 })

export class SqliteAccounts implements AccountStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insertWorkspace: db.prepare(
        `INSERT INTO workspaces (id, name, kind, language, created_at)
         VALUES (@id, @name, @kind, @language, @created_at)`,
      ),
      workspaceById: db.prepare<[string], WorkspaceRow>('SELECT * FROM workspaces WHERE id = ?'),
      insertAccount: db.prepare(
        `INSERT INTO accounts (id, workspace_id, email, display_name, role, is_admin, password_hash, password_changed_at, created_at)
         VALUES (@id, @workspace_id, @email, @display_name, @role, @is_admin, @password_hash, @password_changed_at, @created_at)`,
      ),
      accountById: db.prepare<[string], SqliteAccountRow>('SELECT * FROM accounts WHERE id = ?'),
      accountByEmail: db.prepare<[string], SqliteAccountRow>(
        'SELECT * FROM accounts WHERE email = ?',
      ),
      setPassword: db.prepare<[string, string, string]>(
        'UPDATE accounts SET password_hash = ?, password_changed_at = ? WHERE id = ?',
      ),
      deleteSessionsOf: db.prepare<[string]>('DELETE FROM sessions WHERE account_id = ?'),
      insertSession: db.prepare(
        `INSERT INTO sessions (id_hash, account_id, created_at, expires_at, last_used_at)
         VALUES (@id_hash, @account_id, @created_at, @expires_at, @last_used_at)`,
      ),
      sessionAccount: db.prepare<[string], SqliteAccountRow & { session_expires_at: string }>(
        `SELECT accounts.*, sessions.expires_at AS session_expires_at
         FROM sessions JOIN accounts ON accounts.id = sessions.account_id WHERE sessions.id_hash = ?`,
      ),
      extendSession: db.prepare<[string, string, string]>(
        'UPDATE sessions SET expires_at = ?, last_used_at = ? WHERE id_hash = ?',
      ),
      deleteSession: db.prepare<[string]>('DELETE FROM sessions WHERE id_hash = ?'),
      deleteExpired: db.prepare<[string]>('DELETE FROM sessions WHERE expires_at <= ?'),
      workspaceWorkshops: db.prepare<[string], SqliteWorkshopRow>(
        'SELECT * FROM workshops WHERE workspace_id = ? ORDER BY created_at DESC, id',
      ),
      workshopWorkspace: db.prepare<[string], { workspace_id: string | null }>(
        'SELECT workspace_id FROM workshops WHERE id = ?',
      ),
      linkParticipant: db.prepare<[string, string, string]>(
        `INSERT INTO account_participants (workshop_id, account_id, participant_id) VALUES (?, ?, ?)
         ON CONFLICT (workshop_id, account_id) DO NOTHING`,
      ),
      participantOf: db.prepare<[string, string], { participant_id: string }>(
        'SELECT participant_id FROM account_participants WHERE workshop_id = ? AND account_id = ?',
      ),
    }
  }

  createWorkspace(workspace: Workspace, firstAccount: StoredAccount): void {
    this.db
      .transaction(() => {
        this.statements.insertWorkspace.run({
          id: workspace.id,
          name: workspace.name,
          kind: workspace.kind,
          language: workspace.language,
          created_at: workspace.createdAt,
        })
        this.createAccount(firstAccount)
      })
      .immediate()
  }

  getWorkspace(id: string): Workspace | null {
    const row = this.statements.workspaceById.get(id)
    return row ? toWorkspace(row) : null
  }

  createAccount(account: StoredAccount): void {
    try {
      this.statements.insertAccount.run({
        ...accountParams(account),
        is_admin: account.isAdmin ? 1 : 0,
      })
    } catch (error) {
      const code = sqliteCode(error)
      if (code === 'SQLITE_CONSTRAINT_UNIQUE' && String(error).includes('accounts.email')) {
        throw new EmailTakenError(account.email)
      }
      if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY')
        throw new UnknownWorkspaceError(account.workspaceId)
      throw error
    }
  }

  getAccount(id: string): StoredAccount | null {
    const row = this.statements.accountById.get(id)
    return row ? fromRow(row) : null
  }

  findAccountByEmail(email: string): StoredAccount | null {
    const row = this.statements.accountByEmail.get(email)
    return row ? fromRow(row) : null
  }

  setPassword(accountId: string, passwordHash: string, changedAt: string): boolean {
    return this.db
      .transaction((): boolean => {
        const changed = this.statements.setPassword.run(passwordHash, changedAt, accountId).changes
        this.statements.deleteSessionsOf.run(accountId)
        return changed > 0
      })
      .immediate()
  }

  createSession(session: StoredSession): void {
    this.statements.insertSession.run({
      id_hash: session.idHash,
      account_id: session.accountId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_used_at: session.lastUsedAt,
    })
  }

  useSession(idHash: string, now: string, extendTo: string): StoredAccount | null {
    return this.db
      .transaction((): StoredAccount | null => {
        const row = this.statements.sessionAccount.get(idHash)
        if (!row) return null
        if (row.session_expires_at <= now) {
          this.statements.deleteSession.run(idHash)
          return null
        }
        this.statements.extendSession.run(extendTo, now, idHash)
        const { session_expires_at: _expires, ...account } = row
        return fromRow(account)
      })
      .immediate()
  }

  deleteSession(idHash: string): void {
    this.statements.deleteSession.run(idHash)
  }

  deleteExpiredSessions(now: string): number {
    return this.statements.deleteExpired.run(now).changes
  }

  listWorkspaceWorkshops(workspaceId: string): StoredWorkshop[] {
    return this.statements.workspaceWorkshops.all(workspaceId).map((row) =>
      toStoredWorkshop({
        ...row,
        settings: JSON.parse(row.settings),
        join_locked: row.join_locked === 1,
      }),
    )
  }

  workshopWorkspace(workshopId: string): string | null {
    return this.statements.workshopWorkspace.get(workshopId)?.workspace_id ?? null
  }

  linkParticipant(
    workshopId: string,
    accountId: string,
    participantId: string,
  ): { participantId: string; created: boolean } {
    try {
      return this.db
        .transaction(() => {
          const created =
            this.statements.linkParticipant.run(workshopId, accountId, participantId).changes > 0
          const stands = this.statements.participantOf.get(workshopId, accountId)
          return { participantId: stands?.participant_id ?? participantId, created }
        })
        .immediate()
    } catch (error) {
      if (sqliteCode(error) === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }
}
