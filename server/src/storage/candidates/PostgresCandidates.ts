import { type Candidate, type CandidateStatusChange, newId } from '@pactboard/shared'
import pg from 'pg'
import { FOREIGN_KEY_VIOLATION } from '../postgresErrors.ts'
import { UnknownWorkshopError } from '../Store.ts'
import {
  type BroughtInMeasure,
  CandidateMergedError,
  CandidateNotFoundError,
  type CandidateStore,
} from './CandidateStore.ts'
import {
  type CandidateRow,
  LIBRARY_WORDS,
  LIBRARY_WORDS_ORDER,
  type LibraryWordsRow,
  mergeRefusal,
  SOURCE_ORDER,
  SOURCES,
  type SourceRow,
  statusColumns,
  toCandidates,
} from './candidateRows.ts'

/** The candidate tables in PostgreSQL (postgresSchema.ts runs this in its migration). */
export const POSTGRES_CANDIDATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS candidates (
  id              text PRIMARY KEY,
  workspace_id    text NOT NULL REFERENCES workspaces(id),
  status          text NOT NULL,
  reason          text,
  merged_into     text REFERENCES candidates(id),
  created_at      text NOT NULL,
  updated_at      text NOT NULL,
  CHECK ((status = 'rejected') = (reason IS NOT NULL)),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS candidates_by_workspace ON candidates (workspace_id, created_at);
CREATE INDEX IF NOT EXISTS candidates_by_survivor ON candidates (merged_into);
CREATE TABLE IF NOT EXISTS candidate_sources (
  workshop_id   text NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  measure_id    text NOT NULL,
  candidate_id  text NOT NULL REFERENCES candidates(id),
  title         text NOT NULL,
  description   text NOT NULL,
  field_of_action text NOT NULL,
  proposed_at   text NOT NULL,
  dots          integer NOT NULL CHECK (dots >= 0),
  reactions     jsonb NOT NULL,
  brought_in_at text NOT NULL,
  PRIMARY KEY (workshop_id, measure_id)
);
CREATE INDEX IF NOT EXISTS candidate_sources_by_candidate ON candidate_sources (candidate_id);
`

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>
type Queryable = pg.Pool | pg.PoolClient

export class PostgresCandidates implements CandidateStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  /**
   * One writer per workspace's list at a time: two planners bringing in one measure at once
   * make one candidate, and two merges racing (A into B, B into A) cannot both pass their check.
   */
  private writing<T>(workspaceId: string, work: (client: pg.PoolClient) => Promise<T>) {
    return this.transaction(async (client) => {
      await lockCandidateList(client, workspaceId)
      return work(client)
    })
  }

  async bringIn(
    workspaceId: string,
    workshopId: string,
    measures: readonly BroughtInMeasure[],
    now: string,
  ): Promise<Candidate[]> {
    let ids: string[]
    try {
      ids = await this.writing(workspaceId, async (client) => {
        const owner = await client.query<{ workspace_id: string | null }>(
          'SELECT workspace_id FROM workshops WHERE id = $1',
          [workshopId],
        )
        if (owner.rows[0]?.workspace_id !== workspaceId) throw new UnknownWorkshopError(workshopId)
        const brought: string[] = []
        for (const measure of measures) {
          brought.push(await this.bringInOne(client, workspaceId, workshopId, measure, now))
        }
        return brought
      })
    } catch (error) {
      // The workshop was deleted between the check and the insert.
      if (error instanceof pg.DatabaseError && error.code === FOREIGN_KEY_VIOLATION) {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
    return Promise.all(ids.map((id) => this.require(this.pool, workspaceId, id)))
  }

  private async bringInOne(
    client: pg.PoolClient,
    workspaceId: string,
    workshopId: string,
    measure: BroughtInMeasure,
    now: string,
  ): Promise<string> {
    const known = await client.query<{ candidate_id: string }>(
      'SELECT candidate_id FROM candidate_sources WHERE workshop_id = $1 AND measure_id = $2',
      [workshopId, measure.measureId],
    )
    const candidateId = known.rows[0]?.candidate_id ?? newId()
    if (known.rows[0]) {
      await client.query('UPDATE candidates SET updated_at = $2 WHERE id = $1', [candidateId, now])
    } else {
      await client.query(
        `INSERT INTO candidates (id, workspace_id, status, created_at, updated_at)
         VALUES ($1, $2, 'proposed', $3, $3)`,
        [candidateId, workspaceId, now],
      )
    }
    await client.query(
      `INSERT INTO candidate_sources (workshop_id, measure_id, candidate_id, title, description,
         field_of_action, proposed_at, dots, reactions, brought_in_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (workshop_id, measure_id) DO UPDATE SET title = excluded.title,
         description = excluded.description, field_of_action = excluded.field_of_action,
         proposed_at = excluded.proposed_at, dots = excluded.dots,
         reactions = excluded.reactions, brought_in_at = excluded.brought_in_at`,
      [
        workshopId,
        measure.measureId,
        candidateId,
        measure.title,
        measure.description,
        measure.fieldOfAction,
        measure.proposedAt,
        measure.dots,
        JSON.stringify(measure.reactions),
        now,
      ],
    )
    return candidateId
  }

  async listCandidates(workspaceId: string): Promise<Candidate[]> {
    const [rows, sources, library] = await Promise.all([
      this.pool.query<CandidateRow>(
        'SELECT * FROM candidates WHERE workspace_id = $1 ORDER BY created_at, id',
        [workspaceId],
      ),
      this.pool.query<SourceRow>(`${SOURCES} WHERE c.workspace_id = $1 ${SOURCE_ORDER}`, [
        workspaceId,
      ]),
      this.pool.query<LibraryWordsRow>(
        `${LIBRARY_WORDS} WHERE c.workspace_id = $1 ${LIBRARY_WORDS_ORDER}`,
        [workspaceId],
      ),
    ])
    return toCandidates(rows.rows, sources.rows, library.rows)
  }

  getCandidate(workspaceId: string, id: string): Promise<Candidate | null> {
    return this.read(this.pool, workspaceId, id)
  }

  async candidatesOfWorkshop(workshopId: string): Promise<Map<string, Candidate>> {
    const [rows, sources] = await Promise.all([
      this.pool.query<CandidateRow & { measure_id: string }>(
        `SELECT c.*, s.measure_id FROM candidate_sources s JOIN candidates c ON c.id = s.candidate_id
         WHERE s.workshop_id = $1`,
        [workshopId],
      ),
      this.pool.query<SourceRow>(
        `${SOURCES} WHERE s.candidate_id IN (SELECT candidate_id FROM candidate_sources WHERE workshop_id = $1)
         OR c.merged_into IN (SELECT candidate_id FROM candidate_sources WHERE workshop_id = $1)
         ${SOURCE_ORDER}`,
        [workshopId],
      ),
    ])
    // Each has a source of its own in the workshop, so its words and no library's.
    const candidates = toCandidates(rows.rows, sources.rows, [])
    return new Map(rows.rows.map((row, i) => [row.measure_id, candidates[i] as Candidate]))
  }

  async setStatus(
    workspaceId: string,
    id: string,
    change: CandidateStatusChange,
    now: string,
  ): Promise<Candidate> {
    return this.writing(workspaceId, async (client) => {
      const row = await this.row(client, workspaceId, id)
      if (!row) throw new CandidateNotFoundError(id)
      if (row.status === 'merged') throw new CandidateMergedError(id)
      const { status, reason } = statusColumns(change)
      await client.query(
        `UPDATE candidates SET status = $2, reason = $3, merged_into = NULL, updated_at = $4
         WHERE id = $1`,
        [id, status, reason, now],
      )
      return this.require(client, workspaceId, id)
    })
  }

  async merge(
    workspaceId: string,
    id: string,
    intoId: string,
    now: string,
  ): Promise<{ merged: Candidate; survivor: Candidate }> {
    return this.writing(workspaceId, async (client) => {
      const row = await this.row(client, workspaceId, id)
      const into = await this.row(client, workspaceId, intoId)
      if (!row) throw new CandidateNotFoundError(id)
      if (!into) throw new CandidateNotFoundError(intoId)
      const refusal = mergeRefusal(row, into)
      if (refusal) throw refusal
      await client.query(
        'UPDATE candidates SET merged_into = $1, updated_at = $2 WHERE merged_into = $3',
        [intoId, now, id],
      )
      await client.query(
        `UPDATE candidates SET status = 'merged', reason = NULL, merged_into = $1, updated_at = $2
         WHERE id = $3`,
        [intoId, now, id],
      )
      return {
        merged: await this.require(client, workspaceId, id),
        survivor: await this.require(client, workspaceId, intoId),
      }
    })
  }

  private async row(client: Queryable, workspaceId: string, id: string) {
    const { rows } = await client.query<CandidateRow>(
      'SELECT * FROM candidates WHERE workspace_id = $1 AND id = $2',
      [workspaceId, id],
    )
    return rows[0] ?? null
  }

  private async read(client: Queryable, workspaceId: string, id: string) {
    const row = await this.row(client, workspaceId, id)
    if (!row) return null
    const [sources, library] = await Promise.all([
      client.query<SourceRow>(
        `${SOURCES} WHERE s.candidate_id = $1 OR c.merged_into = $1 ${SOURCE_ORDER}`,
        [id],
      ),
      client.query<LibraryWordsRow>(
        `${LIBRARY_WORDS} WHERE m.candidate_id = $1 OR c.merged_into = $1 ${LIBRARY_WORDS_ORDER}`,
        [id],
      ),
    ])
    return toCandidates([row], sources.rows, library.rows)[0] ?? null
  }

  private async require(client: Queryable, workspaceId: string, id: string): Promise<Candidate> {
    const candidate = await this.read(client, workspaceId, id)
    if (!candidate) throw new CandidateNotFoundError(id)
    return candidate
  }
}

/**
 * One writer per workspace's candidate list, until the transaction ends. Taken before any row
 * lock (a workshop's deletion too), so two writers never wait on each other in a circle.
 */
export async function lockCandidateList(client: pg.PoolClient, workspaceId: string) {
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
    'candidates',
    workspaceId,
  ])
}

/**
 * [G1] Inside the deletion of a workshop of `workspaceId`, once its sources are gone: the
 * candidates left without words (no source or library measure of their own, none merged into
 * them). A library's words are the workspace's ([W17]): its candidates stay.
 */
export async function deleteWordlessCandidates(
  client: pg.PoolClient,
  workspaceId: string,
): Promise<void> {
  await client.query(
    `DELETE FROM candidates WHERE workspace_id = $1 AND merged_into IS NOT NULL
     AND id NOT IN (SELECT candidate_id FROM candidate_sources)
     AND id NOT IN (SELECT candidate_id FROM library_measures)`,
    [workspaceId],
  )
  await client.query(
    `DELETE FROM candidates WHERE workspace_id = $1
     AND id NOT IN (SELECT candidate_id FROM candidate_sources)
     AND id NOT IN (SELECT candidate_id FROM library_measures)
     AND id NOT IN (SELECT merged_into FROM candidates WHERE merged_into IS NOT NULL)`,
    [workspaceId],
  )
}
