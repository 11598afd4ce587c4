import type { Library, LibraryFile, LibraryMeasure, LibraryMeasureFilter } from '@pactboard/shared'
import { newId } from '@pactboard/shared'
import type pg from 'pg'
import { lockCandidateList } from '../candidates/PostgresCandidates.ts'
import type { ImportedLibrary, LibraryStore } from './LibraryStore.ts'
import { LibraryNotFoundError } from './LibraryStore.ts'
import {
  LIBRARIES,
  LIBRARY_ORDER,
  type LibraryMeasureRow,
  type LibraryRow,
  libraryMeasureOf,
  measureColumns,
  toLibrary,
} from './libraryRows.ts'

/** The library tables in PostgreSQL (postgresSchema.ts runs this after the candidates'). */
export const POSTGRES_LIBRARY_SCHEMA = `
CREATE TABLE IF NOT EXISTS libraries (
  id              text PRIMARY KEY,
  workspace_id    text NOT NULL REFERENCES workspaces(id),
  content_hash    text NOT NULL,
  origin_name     text NOT NULL,
  origin_kind     text NOT NULL,
  origin_language text NOT NULL,
  exported_at     text NOT NULL,
  imported_at     text NOT NULL,
  UNIQUE (workspace_id, content_hash)
);
CREATE INDEX IF NOT EXISTS libraries_by_workspace ON libraries (workspace_id, imported_at);
CREATE TABLE IF NOT EXISTS library_measures (
  id              text PRIMARY KEY,
  library_id      text NOT NULL REFERENCES libraries(id),
  position        integer NOT NULL,
  candidate_id    text NOT NULL UNIQUE REFERENCES candidates(id),
  title           text NOT NULL,
  description     text NOT NULL,
  field_of_action text NOT NULL,
  figures         jsonb NOT NULL,
  UNIQUE (library_id, position)
);
`

type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>
type Queryable = pg.Pool | pg.PoolClient

/** The measures of a library of the workspace ($1); add conditions after it. */
const MEASURES = `SELECT m.* FROM library_measures m JOIN libraries l ON l.id = m.library_id
  WHERE l.workspace_id = $1`

export class PostgresLibraries implements LibraryStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: Transaction,
  ) {}

  async importLibrary(
    workspaceId: string,
    file: LibraryFile,
    contentHash: string,
    now: string,
  ): Promise<ImportedLibrary> {
    // Under the candidate list's lock: the same file imported twice at once makes one library.
    const { id, created } = await this.transaction(async (client) => {
      await lockCandidateList(client, workspaceId)
      const known = await client.query<{ id: string }>(
        'SELECT id FROM libraries WHERE workspace_id = $1 AND content_hash = $2',
        [workspaceId, contentHash],
      )
      if (known.rows[0]) return { id: known.rows[0].id, created: false }
      const libraryId = newId()
      await client.query(
        `INSERT INTO libraries (id, workspace_id, content_hash, origin_name, origin_kind,
           origin_language, exported_at, imported_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          libraryId,
          workspaceId,
          contentHash,
          file.origin.name,
          file.origin.kind,
          file.origin.language,
          file.exportedAt,
          now,
        ],
      )
      for (let position = 0; position < file.measures.length; position++) {
        const candidateId = newId()
        await client.query(
          `INSERT INTO candidates (id, workspace_id, status, created_at, updated_at)
           VALUES ($1, $2, 'proposed', $3, $3)`,
          [candidateId, workspaceId, now],
        )
        const row = measureColumns(file, position, { id: newId(), libraryId, candidateId })
        await client.query(
          `INSERT INTO library_measures (id, library_id, position, candidate_id, title,
             description, field_of_action, figures)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            row.id,
            row.library_id,
            row.position,
            row.candidate_id,
            row.title,
            row.description,
            row.field_of_action,
            row.figures,
          ],
        )
      }
      return { id: libraryId, created: true }
    })
    const [library, candidates] = await Promise.all([
      this.require(this.pool, workspaceId, id),
      this.pool.query<{ candidate_id: string }>(
        'SELECT candidate_id FROM library_measures WHERE library_id = $1 ORDER BY position',
        [id],
      ),
    ])
    return { library, created, candidateIds: candidates.rows.map((row) => row.candidate_id) }
  }

  async listLibraries(workspaceId: string): Promise<Library[]> {
    const { rows } = await this.pool.query<LibraryRow>(
      `${LIBRARIES} WHERE l.workspace_id = $1 ${LIBRARY_ORDER}`,
      [workspaceId],
    )
    return rows.map(toLibrary)
  }

  getLibrary(workspaceId: string, id: string): Promise<Library | null> {
    return this.read(this.pool, workspaceId, id)
  }

  async listLibraryMeasures(
    workspaceId: string,
    libraryId: string,
    filter: LibraryMeasureFilter,
  ): Promise<LibraryMeasure[]> {
    await this.require(this.pool, workspaceId, libraryId)
    const { rows } = await this.pool.query<LibraryMeasureRow>(
      `${MEASURES} AND m.library_id = $2
       AND ($3::text IS NULL OR m.field_of_action = $3)
       AND ($4::text IS NULL OR m.figures->'emissionSectors' ? $4)
       ORDER BY m.position`,
      [workspaceId, libraryId, filter.field ?? null, filter.sector ?? null],
    )
    return rows.map(libraryMeasureOf)
  }

  async getLibraryMeasure(
    workspaceId: string,
    libraryId: string,
    id: string,
  ): Promise<LibraryMeasure | null> {
    const { rows } = await this.pool.query<LibraryMeasureRow>(
      `${MEASURES} AND m.library_id = $2 AND m.id = $3`,
      [workspaceId, libraryId, id],
    )
    return rows[0] ? libraryMeasureOf(rows[0]) : null
  }

  async measuresOfCandidates(
    workspaceId: string,
    candidateIds: readonly string[],
  ): Promise<Map<string, LibraryMeasure>> {
    const { rows } = await this.pool.query<LibraryMeasureRow>(
      `${MEASURES} AND m.candidate_id = ANY($2::text[])`,
      [workspaceId, [...candidateIds]],
    )
    return new Map(rows.map((row) => [row.candidate_id, libraryMeasureOf(row)]))
  }

  private async read(client: Queryable, workspaceId: string, id: string) {
    const { rows } = await client.query<LibraryRow>(
      `${LIBRARIES} WHERE l.workspace_id = $1 AND l.id = $2`,
      [workspaceId, id],
    )
    return rows[0] ? toLibrary(rows[0]) : null
  }

  private async require(client: Queryable, workspaceId: string, id: string): Promise<Library> {
    const library = await this.read(client, workspaceId, id)
    if (!library) throw new LibraryNotFoundError(id)
    return library
  }
}
