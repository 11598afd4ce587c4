import type { Actor, ActorPatch } from '@pactboard/shared'
import Database from 'better-sqlite3'
import { UnknownWorkspaceError } from '../accounts/AccountStore.ts'
import {
  lookupKeys,
  OrganisationExistsError,
  OrganisationNotFoundError,
  type OrganisationRow,
  type OrganisationStore,
  organisationColumns,
  patched,
  toOrganisation,
} from './OrganisationStore.ts'

/** The workspace's organisations in SQLite (SqliteStore runs this in its migration). */
export const SQLITE_ORGANISATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS organisations (
  id                 TEXT PRIMARY KEY,
  workspace_id       TEXT NOT NULL REFERENCES workspaces(id),
  name               TEXT NOT NULL,
  name_key           TEXT NOT NULL,
  kind               TEXT NOT NULL,
  org_number         TEXT NOT NULL,
  number_key         TEXT,
  sector             TEXT NOT NULL,
  legal_form         TEXT NOT NULL,
  signatory_name     TEXT NOT NULL,
  signatory_position TEXT NOT NULL,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  UNIQUE (workspace_id, name_key),
  UNIQUE (workspace_id, number_key)
) STRICT;
`

function sqliteCode(error: unknown): string | undefined {
  return error instanceof Database.SqliteError ? error.code : undefined
}

export class SqliteOrganisations implements OrganisationStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      insert: db.prepare<[OrganisationRow]>(
        `INSERT INTO organisations (id, workspace_id, name, name_key, kind, org_number, number_key,
           sector, legal_form, signatory_name, signatory_position, created_at, updated_at)
         VALUES (@id, @workspace_id, @name, @name_key, @kind, @org_number, @number_key, @sector,
           @legal_form, @signatory_name, @signatory_position, @created_at, @updated_at)`,
      ),
      update: db.prepare<[OrganisationRow]>(
        `UPDATE organisations SET name = @name, name_key = @name_key, kind = @kind,
           org_number = @org_number, number_key = @number_key, sector = @sector,
           legal_form = @legal_form, signatory_name = @signatory_name,
           signatory_position = @signatory_position, updated_at = @updated_at
         WHERE workspace_id = @workspace_id AND id = @id`,
      ),
      list: db.prepare<[string], OrganisationRow>(
        'SELECT * FROM organisations WHERE workspace_id = ? ORDER BY name_key, id',
      ),
      get: db.prepare<[string, string], OrganisationRow>(
        'SELECT * FROM organisations WHERE workspace_id = ? AND id = ?',
      ),
      same: db.prepare<[string, string, string | null, string], OrganisationRow>(
        `SELECT * FROM organisations WHERE workspace_id = ? AND (name_key = ? OR number_key = ?)
         AND id <> ? ORDER BY created_at, id LIMIT 1`,
      ),
    }
  }

  addOrganisation(workspaceId: string, organisation: Actor, now: string): Actor {
    const row = organisationColumns(workspaceId, organisation, now)
    try {
      this.statements.insert.run(row)
    } catch (error) {
      throw this.refusal(error, workspaceId, organisation)
    }
    return toOrganisation(row)
  }

  listOrganisations(workspaceId: string): Actor[] {
    return this.statements.list.all(workspaceId).map(toOrganisation)
  }

  getOrganisation(workspaceId: string, id: string): Actor | null {
    const row = this.statements.get.get(workspaceId, id)
    return row ? toOrganisation(row) : null
  }

  findSameOrganisation(
    workspaceId: string,
    candidate: { name: string; orgNumber?: string | undefined },
    exceptId = '',
  ): Actor | null {
    const { nameKey, numberKey } = lookupKeys(candidate)
    const row = this.statements.same.get(workspaceId, nameKey, numberKey, exceptId)
    return row ? toOrganisation(row) : null
  }

  updateOrganisation(workspaceId: string, id: string, patch: ActorPatch, now: string): Actor {
    return this.db
      .transaction((): Actor => {
        const row = this.statements.get.get(workspaceId, id)
        if (!row) throw new OrganisationNotFoundError(id)
        const next = patched(toOrganisation(row), patch)
        try {
          this.statements.update.run(organisationColumns(workspaceId, next, now))
        } catch (error) {
          throw this.refusal(error, workspaceId, next)
        }
        return next
      })
      .immediate()
  }

  /** A unique constraint's refusal as the organisation already there; any other error as is. */
  private refusal(error: unknown, workspaceId: string, wanted: Actor): unknown {
    const code = sqliteCode(error)
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return new UnknownWorkspaceError(workspaceId)
    if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
      const existing = this.findSameOrganisation(workspaceId, wanted, wanted.id)
      if (existing) return new OrganisationExistsError(existing)
    }
    return error
  }
}
