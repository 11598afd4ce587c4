import type { Actor, ActorPatch } from '@pactboard/shared'
import type pg from 'pg'
import { UnknownWorkspaceError } from '../accounts/AccountStore.ts'
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../postgresErrors.ts'
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

/** The workspace's organisations in PostgreSQL (postgresSchema.ts runs this in its migration). */
export const POSTGRES_ORGANISATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS organisations (
  id                 text PRIMARY KEY,
  workspace_id       text NOT NULL REFERENCES workspaces(id),
  name               text NOT NULL,
  name_key           text NOT NULL,
  kind               text NOT NULL,
  org_number         text NOT NULL,
  number_key         text,
  sector             text NOT NULL,
  legal_form         text NOT NULL,
  signatory_name     text NOT NULL,
  signatory_position text NOT NULL,
  created_at         text NOT NULL,
  updated_at         text NOT NULL,
  CONSTRAINT organisations_name_key UNIQUE (workspace_id, name_key),
  CONSTRAINT organisations_number_key UNIQUE (workspace_id, number_key)
);
`

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>
type Queryable = pg.Pool | pg.PoolClient

const COLUMNS = [
  'id',
  'workspace_id',
  'name',
  'name_key',
  'kind',
  'org_number',
  'number_key',
  'sector',
  'legal_form',
  'signatory_name',
  'signatory_position',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof OrganisationRow)[]

const values = (row: OrganisationRow) => COLUMNS.map((column) => row[column])

export class PostgresOrganisations implements OrganisationStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async addOrganisation(workspaceId: string, organisation: Actor, now: string): Promise<Actor> {
    const row = organisationColumns(workspaceId, organisation, now)
    try {
      await this.pool.query(
        `INSERT INTO organisations (${COLUMNS.join(', ')})
         VALUES (${COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`,
        values(row),
      )
    } catch (error) {
      throw await this.refusal(error, workspaceId, organisation)
    }
    return toOrganisation(row)
  }

  async listOrganisations(workspaceId: string): Promise<Actor[]> {
    const { rows } = await this.pool.query<OrganisationRow>(
      'SELECT * FROM organisations WHERE workspace_id = $1 ORDER BY name_key, id',
      [workspaceId],
    )
    return rows.map(toOrganisation)
  }

  async getOrganisation(workspaceId: string, id: string): Promise<Actor | null> {
    const row = await this.row(this.pool, workspaceId, id, false)
    return row ? toOrganisation(row) : null
  }

  async findSameOrganisation(
    workspaceId: string,
    candidate: { name: string; orgNumber?: string | undefined },
    exceptId = '',
  ): Promise<Actor | null> {
    const { nameKey, numberKey } = lookupKeys(candidate)
    const { rows } = await this.pool.query<OrganisationRow>(
      `SELECT * FROM organisations WHERE workspace_id = $1 AND (name_key = $2 OR number_key = $3)
       AND id <> $4 ORDER BY created_at, id LIMIT 1`,
      [workspaceId, nameKey, numberKey, exceptId],
    )
    return rows[0] ? toOrganisation(rows[0]) : null
  }

  async updateOrganisation(
    workspaceId: string,
    id: string,
    patch: ActorPatch,
    now: string,
  ): Promise<Actor> {
    let next: Actor | undefined
    try {
      return await this.transaction(async (client) => {
        // The row locked first: two edits of different details both stay.
        const row = await this.row(client, workspaceId, id, true)
        if (!row) throw new OrganisationNotFoundError(id)
        const wanted = patched(toOrganisation(row), patch)
        next = wanted
        const set = COLUMNS.slice(2).map((column, i) => `${column} = $${i + 3}`)
        await client.query(
          `UPDATE organisations SET ${set.join(', ')} WHERE id = $1 AND workspace_id = $2`,
          values(organisationColumns(workspaceId, wanted, now)),
        )
        return wanted
      })
    } catch (error) {
      throw next ? await this.refusal(error, workspaceId, next) : error
    }
  }

  private async row(
    db: Queryable,
    workspaceId: string,
    id: string,
    forUpdate: boolean,
  ): Promise<OrganisationRow | null> {
    const { rows } = await db.query<OrganisationRow>(
      `SELECT * FROM organisations WHERE workspace_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [workspaceId, id],
    )
    return rows[0] ?? null
  }

  /** A unique constraint's refusal as the organisation already there; any other error as is. */
  private async refusal(error: unknown, workspaceId: string, wanted: Actor): Promise<unknown> {
    const { code, constraint } = pgError(error)
    if (code === FOREIGN_KEY_VIOLATION) return new UnknownWorkspaceError(workspaceId)
    if (code === UNIQUE_VIOLATION && constraint !== 'organisations_pkey') {
      const existing = await this.findSameOrganisation(workspaceId, wanted, wanted.id)
      if (existing) return new OrganisationExistsError(existing)
    }
    return error
  }
}
