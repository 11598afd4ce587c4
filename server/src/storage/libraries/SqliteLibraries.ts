import type { Library, LibraryFile, LibraryMeasure, LibraryMeasureFilter } from '@pactboard/shared'
import { newId } from '@pactboard/shared'
import type Database from 'better-sqlite3'
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

/**
 * The library tables in SQLite (SqliteStore runs this in its migration, after the candidates':
 * a library measure names the candidate it became).
 */
export const SQLITE_LIBRARY_SCHEMA = `
CREATE TABLE IF NOT EXISTS libraries (
  id              TEXT PRIMARY KEY,
  workspace_id    TEXT NOT NULL REFERENCES workspaces(id),
  content_hash    TEXT NOT NULL,
  origin_name     TEXT NOT NULL,
  origin_kind     TEXT NOT NULL,
  origin_language TEXT NOT NULL,
  exported_at     TEXT NOT NULL,
  imported_at     TEXT NOT NULL,
  UNIQUE (workspace_id, content_hash)
) STRICT;
CREATE INDEX IF NOT EXISTS libraries_by_workspace ON libraries (workspace_id, imported_at);
CREATE TABLE IF NOT EXISTS library_measures (
  id              TEXT PRIMARY KEY,
  library_id      TEXT NOT NULL REFERENCES libraries(id),
  position        INTEGER NOT NULL,
  candidate_id    TEXT NOT NULL UNIQUE REFERENCES candidates(id),
  title           TEXT NOT NULL,
  description     TEXT NOT NULL,
  field_of_action TEXT NOT NULL,
  figures         TEXT NOT NULL,
  UNIQUE (library_id, position)
) STRICT;
`

type SqliteMeasureRow = Omit<LibraryMeasureRow, 'figures'> & { figures: string }

function parseMeasure(row: SqliteMeasureRow): LibraryMeasure {
  return libraryMeasureOf({ ...row, figures: JSON.parse(row.figures) })
}

/** The measures of a library of the workspace; add conditions after it. */
const MEASURES = `SELECT m.* FROM library_measures m JOIN libraries l ON l.id = m.library_id
  WHERE l.workspace_id = @workspace_id`

export class SqliteLibraries implements LibraryStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      byHash: db.prepare<[string, string], LibraryRow>(
        `${LIBRARIES} WHERE l.workspace_id = ? AND l.content_hash = ?`,
      ),
      library: db.prepare<[string, string], LibraryRow>(
        `${LIBRARIES} WHERE l.workspace_id = ? AND l.id = ?`,
      ),
      libraries: db.prepare<[string], LibraryRow>(
        `${LIBRARIES} WHERE l.workspace_id = ? ${LIBRARY_ORDER}`,
      ),
      insertLibrary: db.prepare(
        `INSERT INTO libraries (id, workspace_id, content_hash, origin_name, origin_kind,
           origin_language, exported_at, imported_at)
         VALUES (@id, @workspace_id, @content_hash, @origin_name, @origin_kind, @origin_language,
           @exported_at, @imported_at)`,
      ),
      insertCandidate: db.prepare<[string, string, string, string]>(
        `INSERT INTO candidates (id, workspace_id, status, created_at, updated_at)
         VALUES (?, ?, 'proposed', ?, ?)`,
      ),
      insertMeasure: db.prepare(
        `INSERT INTO library_measures (id, library_id, position, candidate_id, title, description,
           field_of_action, figures)
         VALUES (@id, @library_id, @position, @candidate_id, @title, @description,
           @field_of_action, @figures)`,
      ),
      candidatesOf: db.prepare<[string], { candidate_id: string }>(
        'SELECT candidate_id FROM library_measures WHERE library_id = ? ORDER BY position',
      ),
      measures: db.prepare<
        { workspace_id: string; library_id: string; field: string | null; sector: string | null },
        SqliteMeasureRow
      >(
        `${MEASURES} AND m.library_id = @library_id
         AND (@field IS NULL OR m.field_of_action = @field)
         AND (@sector IS NULL OR EXISTS (
           SELECT 1 FROM json_each(m.figures, '$.emissionSectors') WHERE value = @sector))
         ORDER BY m.position`,
      ),
      measure: db.prepare<
        { workspace_id: string; library_id: string; id: string },
        SqliteMeasureRow
      >(`${MEASURES} AND m.library_id = @library_id AND m.id = @id`),
      ofCandidate: db.prepare<{ workspace_id: string; candidate_id: string }, SqliteMeasureRow>(
        `${MEASURES} AND m.candidate_id = @candidate_id`,
      ),
    }
  }

  importLibrary(
    workspaceId: string,
    file: LibraryFile,
    contentHash: string,
    now: string,
  ): ImportedLibrary {
    const { id, created } = this.db
      .transaction(() => {
        const known = this.statements.byHash.get(workspaceId, contentHash)
        if (known) return { id: known.id, created: false }
        const libraryId = newId()
        this.statements.insertLibrary.run({
          id: libraryId,
          workspace_id: workspaceId,
          content_hash: contentHash,
          origin_name: file.origin.name,
          origin_kind: file.origin.kind,
          origin_language: file.origin.language,
          exported_at: file.exportedAt,
          imported_at: now,
        })
        file.measures.forEach((_, position) => {
          const candidateId = newId()
          this.statements.insertCandidate.run(candidateId, workspaceId, now, now)
          this.statements.insertMeasure.run(
            measureColumns(file, position, { id: newId(), libraryId, candidateId }),
          )
        })
        return { id: libraryId, created: true }
      })
      .immediate()
    return {
      library: this.require(workspaceId, id),
      created,
      candidateIds: this.statements.candidatesOf.all(id).map((row) => row.candidate_id),
    }
  }

  listLibraries(workspaceId: string): Library[] {
    return this.statements.libraries.all(workspaceId).map(toLibrary)
  }

  getLibrary(workspaceId: string, id: string): Library | null {
    const row = this.statements.library.get(workspaceId, id)
    return row ? toLibrary(row) : null
  }

  listLibraryMeasures(
    workspaceId: string,
    libraryId: string,
    filter: LibraryMeasureFilter,
  ): LibraryMeasure[] {
    this.require(workspaceId, libraryId)
    return this.statements.measures
      .all({
        workspace_id: workspaceId,
        library_id: libraryId,
        field: filter.field ?? null,
        sector: filter.sector ?? null,
      })
      .map(parseMeasure)
  }

  getLibraryMeasure(workspaceId: string, libraryId: string, id: string): LibraryMeasure | null {
    const row = this.statements.measure.get({
      workspace_id: workspaceId,
      library_id: libraryId,
      id,
    })
    return row ? parseMeasure(row) : null
  }

  measuresOfCandidates(
    workspaceId: string,
    candidateIds: readonly string[],
  ): Map<string, LibraryMeasure> {
    const found = new Map<string, LibraryMeasure>()
    for (const candidateId of candidateIds) {
      const row = this.statements.ofCandidate.get({
        workspace_id: workspaceId,
        candidate_id: candidateId,
      })
      if (row) found.set(candidateId, parseMeasure(row))
    }
    return found
  }

  private require(workspaceId: string, id: string): Library {
    const library = this.getLibrary(workspaceId, id)
    if (!library) throw new LibraryNotFoundError(id)
    return library
  }
}
