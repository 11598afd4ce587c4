import type { Workspace } from '@pactboard/shared'
import type pg from 'pg'
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../postgresErrors.ts'
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

/** The account tables in PostgreSQL (postgresSchema.ts runs this in its migration). */
export const POSTGRES_ACCOUNT_SCHEMA = `
CREATE TABLE IF NOT EXISTS workspaces (
  id         text PRIMARY KEY,
  name       text NOT NULL,
  kind       text NOT NULL,
  language   text NOT NULL,
  created_at text NOT NULL
);
CREATE TABLE IF NOT EXISTS accounts (
  id           text PRIMARY KEY,
  workspace_id text NOT NULL REFERENCES workspaces(id),
  email        text NOT NULL CONSTRAINT accounts_email_key UNIQUE,
  display_name text NOT NULL,
  role         text NOT NULL,
  is_admin     boolean NOT NULL,
  password_hash text,
  password_changed_at text,
  created_at   text NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  id_hash      text PRIMARY KEY,
  account_id   text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  created_at   text NOT NULL,
  expires_at   text NOT NULL,
  last_used_at text NOT NULL
);
CREATE INDEX IF NOT EXISTS sessions_by_account ON sessions (account_id);
`

/** After the workshops table exists: the column and the table that point at it. */
export const POSTGRES_ACCOUNT_WORKSHOP_SCHEMA = `
ALTER TABLE workshops ADD COLUMN IF NOT EXISTS workspace_id text REFERENCES workspaces(id);
CREATE INDEX IF NOT EXISTS workshops_by_workspace ON workshops (workspace_id, created_at);
CREATE TABLE IF NOT EXISTS account_participants (
  workshop_id    text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  account_id     text NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  participant_id text NOT NULL,
  PRIMARY KEY (workshop_id, account_id)
);
`

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>

export class PostgresAccounts implements AccountStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async createWorkspace(workspace: Workspace, firstAccount: StoredAccount): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        'INSERT INTO workspaces (id, name, kind, language, created_at) VALUES ($1, $2, $3, $4, $5)',
        [workspace.id, workspace.name, workspace.kind, workspace.language, workspace.createdAt],
      )
      await this.insertAccount(client, firstAccount)
    })
  }

  async getWorkspace(id: string): Promise<Workspace | null> {
    const { rows } = await this.pool.query<WorkspaceRow>('SELECT * FROM workspaces WHERE id = $1', [
      id,
    ])
    return rows[0] ? toWorkspace(rows[0]) : null
  }

  async createAccount(account: StoredAccount): Promise<void> {
    await this.insertAccount(this.pool, account)
  }

  private async insertAccount(client: pg.Pool | pg.PoolClient, account: StoredAccount) {
    const p = accountParams(account)
    try {
      await client.query(
        `INSERT INTO accounts (id, workspace_id, email, display_name, role, is_admin, password_hash, password_changed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          p.id,
          p.workspace_id,
          p.email,
          p.display_name,
          p.role,
          account.isAdmin,
          p.password_hash,
          p.password_changed_at,
          p.created_at,
        ],
      )
    } catch (error) {
      const { code, constraint } = pgError(error)
      if (code === UNIQUE_VIOLATION && constraint === 'accounts_email_key') {
        throw new EmailTakenError(account.email)
      }
      if (code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkspaceError(account.workspaceId)
      throw error
    }
  }

  async getAccount(id: string): Promise<StoredAccount | null> {
    const { rows } = await this.pool.query<AccountRow>('SELECT * FROM accounts WHERE id = $1', [id])
    return rows[0] ? toStoredAccount(rows[0]) : null
  }

  async findAccountByEmail(email: string): Promise<StoredAccount | null> {
    const { rows } = await this.pool.query<AccountRow>('SELECT * FROM accounts WHERE email = $1', [
      email,
    ])
    return rows[0] ? toStoredAccount(rows[0]) : null
  }

  async setPassword(accountId: string, passwordHash: string, changedAt: string): Promise<boolean> {
    return this.transaction(async (client) => {
      const { rowCount } = await client.query(
        'UPDATE accounts SET password_hash = $1, password_changed_at = $2 WHERE id = $3',
        [passwordHash, changedAt, accountId],
      )
      await client.query('DELETE FROM sessions WHERE account_id = $1', [accountId])
      return (rowCount ?? 0) > 0
    })
  }

  async createSession(session: StoredSession): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id_hash, account_id, created_at, expires_at, last_used_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [session.idHash, session.accountId, session.createdAt, session.expiresAt, session.lastUsedAt],
    )
  }

  async useSession(idHash: string, now: string, extendTo: string): Promise<StoredAccount | null> {
    // One statement extends a live session and answers its account; an expired one is left to
    // the delete below, so two requests racing on it agree.
    const { rows } = await this.pool.query<AccountRow>(
      `WITH used AS (
         UPDATE sessions SET expires_at = $3, last_used_at = $2
         WHERE id_hash = $1 AND expires_at > $2 RETURNING account_id
       )
       SELECT accounts.* FROM used JOIN accounts ON accounts.id = used.account_id`,
      [idHash, now, extendTo],
    )
    if (rows[0]) return toStoredAccount(rows[0])
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1 AND expires_at <= $2', [
      idHash,
      now,
    ])
    return null
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash])
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM sessions WHERE expires_at <= $1', [now])
    return rowCount ?? 0
  }

  async listWorkspaceWorkshops(workspaceId: string): Promise<StoredWorkshop[]> {
    const { rows } = await this.pool.query<WorkshopRow>(
      'SELECT * FROM workshops WHERE workspace_id = $1 ORDER BY created_at DESC, id',
      [workspaceId],
    )
    return rows.map(toStoredWorkshop)
  }

  async workshopWorkspace(workshopId: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ workspace_id: string | null }>(
      'SELECT workspace_id FROM workshops WHERE id = $1',
      [workshopId],
    )
    return rows[0]?.workspace_id ?? null
  }

  async linkParticipant(
    workshopId: string,
    accountId: string,
    participantId: string,
  ): Promise<{ participantId: string; created: boolean }> {
    try {
      const { rows } = await this.pool.query<{ participant_id: string; created: boolean }>(
        `WITH inserted AS (
           INSERT INTO account_participants (workshop_id, account_id, participant_id)
           VALUES ($1, $2, $3) ON CONFLICT (workshop_id, account_id) DO NOTHING
           RETURNING participant_id
         )
         SELECT participant_id, true AS created FROM inserted
         UNION ALL
         SELECT participant_id, false AS created FROM account_participants
         WHERE workshop_id = $1 AND account_id = $2 AND NOT EXISTS (SELECT 1 FROM inserted)`,
        [workshopId, accountId, participantId],
      )
      const row = rows[0]
      if (row) return { participantId: row.participant_id, created: row.created }
      // Lost a race with a concurrent insert that had not committed when this one read.
      const again = await this.pool.query<{ participant_id: string }>(
        'SELECT participant_id FROM account_participants WHERE workshop_id = $1 AND account_id = $2',
        [workshopId, accountId],
      )
      return { participantId: again.rows[0]?.participant_id ?? participantId, created: false }
    } catch (error) {
      if (pgError(error).code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkshopError(workshopId)
      throw error
    }
  }
}
