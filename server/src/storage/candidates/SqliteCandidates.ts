import { type Candidate, type CandidateStatusChange, newId } from '@pactboard/shared'
import type Database from 'better-sqlite3'
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

/** The candidate tables in SQLite (SqliteStore runs this in its migration, after workshops). */
export const SQLITE_CANDIDATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS candidates (
  id              TEXT PRIMARY KEY,
  workspace_id    TEXT NOT NULL REFERENCES workspaces(id),
  status          TEXT NOT NULL,
  reason          TEXT,
  merged_into     TEXT REFERENCES candidates(id),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((status = 'rejected') = (reason IS NOT NULL)),
  CHECK ((status = 'merged') = (merged_into IS NOT NULL))
) STRICT;
CREATE INDEX IF NOT EXISTS candidates_by_workspace ON candidates (workspace_id, created_at);
CREATE INDEX IF NOT EXISTS candidates_by_survivor ON candidates (merged_into);
CREATE TABLE IF NOT EXISTS candidate_sources (
  workshop_id     TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  measure_id      TEXT NOT NULL,
  candidate_id    TEXT NOT NULL REFERENCES candidates(id),
  title           TEXT NOT NULL,
  description     TEXT NOT NULL,
  field_of_action TEXT NOT NULL,
  proposed_at     TEXT NOT NULL,
  dots            INTEGER NOT NULL CHECK (dots >= 0),
  reactions       TEXT NOT NULL,
  brought_in_at   TEXT NOT NULL,
  PRIMARY KEY (workshop_id, measure_id)
) STRICT;
CREATE INDEX IF NOT EXISTS candidate_sources_by_candidate ON candidate_sources (candidate_id);
`

type SqliteSourceRow = Omit<SourceRow, 'reactions'> & { reactions: string }

function parseSource(row: SqliteSourceRow): SourceRow {
  return { ...row, reactions: JSON.parse(row.reactions) }
}

export class SqliteCandidates implements CandidateStore {
  private readonly statements

  constructor(private readonly db: Database.Database) {
    this.statements = {
      workshopWorkspace: db.prepare<[string], { workspace_id: string | null }>(
        'SELECT workspace_id FROM workshops WHERE id = ?',
      ),
      sourceOf: db.prepare<[string, string], { candidate_id: string }>(
        'SELECT candidate_id FROM candidate_sources WHERE workshop_id = ? AND measure_id = ?',
      ),
      insertCandidate: db.prepare<[string, string, string, string]>(
        `INSERT INTO candidates (id, workspace_id, status, created_at, updated_at)
         VALUES (?, ?, 'proposed', ?, ?)`,
      ),
      touchCandidate: db.prepare<[string, string]>(
        'UPDATE candidates SET updated_at = ? WHERE id = ?',
      ),
      upsertSource: db.prepare(
        `INSERT INTO candidate_sources (workshop_id, measure_id, candidate_id, title, description,
           field_of_action, proposed_at, dots, reactions, brought_in_at)
         VALUES (@workshop_id, @measure_id, @candidate_id, @title, @description, @field_of_action,
           @proposed_at, @dots, @reactions, @now)
         ON CONFLICT (workshop_id, measure_id) DO UPDATE SET title = excluded.title,
           description = excluded.description, field_of_action = excluded.field_of_action,
           proposed_at = excluded.proposed_at, dots = excluded.dots,
           reactions = excluded.reactions, brought_in_at = excluded.brought_in_at`,
      ),
      candidate: db.prepare<[string, string], CandidateRow>(
        'SELECT * FROM candidates WHERE workspace_id = ? AND id = ?',
      ),
      sourcesOfCandidate: db.prepare<[string, string], SqliteSourceRow>(
        `${SOURCES} WHERE s.candidate_id = ? OR c.merged_into = ? ${SOURCE_ORDER}`,
      ),
      workspaceCandidates: db.prepare<[string], CandidateRow>(
        'SELECT * FROM candidates WHERE workspace_id = ? ORDER BY created_at, id',
      ),
      workspaceSources: db.prepare<[string], SqliteSourceRow>(
        `${SOURCES} WHERE c.workspace_id = ? ${SOURCE_ORDER}`,
      ),
      libraryWordsOfCandidate: db.prepare<[string, string], LibraryWordsRow>(
        `${LIBRARY_WORDS} WHERE m.candidate_id = ? OR c.merged_into = ? ${LIBRARY_WORDS_ORDER}`,
      ),
      workspaceLibraryWords: db.prepare<[string], LibraryWordsRow>(
        `${LIBRARY_WORDS} WHERE c.workspace_id = ? ${LIBRARY_WORDS_ORDER}`,
      ),
      workshopCandidates: db.prepare<[string], CandidateRow & { measure_id: string }>(
        `SELECT c.*, s.measure_id FROM candidate_sources s JOIN candidates c ON c.id = s.candidate_id
         WHERE s.workshop_id = ?`,
      ),
      workshopCandidateSources: db.prepare<[string, string], SqliteSourceRow>(
        `${SOURCES} WHERE s.candidate_id IN (SELECT candidate_id FROM candidate_sources WHERE workshop_id = ?)
         OR c.merged_into IN (SELECT candidate_id FROM candidate_sources WHERE workshop_id = ?)
         ${SOURCE_ORDER}`,
      ),
      setStatus: db.prepare(
        `UPDATE candidates SET status = @status, reason = @reason, merged_into = NULL,
         updated_at = @now WHERE id = @id`,
      ),
      repoint: db.prepare<[string, string, string]>(
        'UPDATE candidates SET merged_into = ?, updated_at = ? WHERE merged_into = ?',
      ),
      markMerged: db.prepare<[string, string, string]>(
        `UPDATE candidates SET status = 'merged', reason = NULL, merged_into = ?, updated_at = ?
         WHERE id = ?`,
      ),
      deleteWordlessMerged: db.prepare<[string]>(
        `DELETE FROM candidates WHERE workspace_id = ? AND merged_into IS NOT NULL
         AND id NOT IN (SELECT candidate_id FROM candidate_sources)
         AND id NOT IN (SELECT candidate_id FROM library_measures)`,
      ),
      deleteWordless: db.prepare<[string]>(
        `DELETE FROM candidates WHERE workspace_id = ?
         AND id NOT IN (SELECT candidate_id FROM candidate_sources)
         AND id NOT IN (SELECT candidate_id FROM library_measures)
         AND id NOT IN (SELECT merged_into FROM candidates WHERE merged_into IS NOT NULL)`,
      ),
    }
  }

  bringIn(
    workspaceId: string,
    workshopId: string,
    measures: readonly BroughtInMeasure[],
    now: string,
  ): Candidate[] {
    const ids = this.db
      .transaction((): string[] => {
        if (this.statements.workshopWorkspace.get(workshopId)?.workspace_id !== workspaceId) {
          throw new UnknownWorkshopError(workshopId)
        }
        return measures.map((measure) => {
          const known = this.statements.sourceOf.get(workshopId, measure.measureId)
          const candidateId = known?.candidate_id ?? newId()
          if (known) this.statements.touchCandidate.run(now, candidateId)
          else this.statements.insertCandidate.run(candidateId, workspaceId, now, now)
          this.statements.upsertSource.run({
            workshop_id: workshopId,
            measure_id: measure.measureId,
            candidate_id: candidateId,
            title: measure.title,
            description: measure.description,
            field_of_action: measure.fieldOfAction,
            proposed_at: measure.proposedAt,
            dots: measure.dots,
            reactions: JSON.stringify(measure.reactions),
            now,
          })
          return candidateId
        })
      })
      .immediate()
    return ids.map((id) => this.require(workspaceId, id))
  }

  listCandidates(workspaceId: string): Candidate[] {
    return toCandidates(
      this.statements.workspaceCandidates.all(workspaceId),
      this.statements.workspaceSources.all(workspaceId).map(parseSource),
      this.statements.workspaceLibraryWords.all(workspaceId),
    )
  }

  getCandidate(workspaceId: string, id: string): Candidate | null {
    const row = this.statements.candidate.get(workspaceId, id)
    if (!row) return null
    const sources = this.statements.sourcesOfCandidate.all(id, id).map(parseSource)
    const library = this.statements.libraryWordsOfCandidate.all(id, id)
    return toCandidates([row], sources, library)[0] ?? null
  }

  candidatesOfWorkshop(workshopId: string): Map<string, Candidate> {
    const rows = this.statements.workshopCandidates.all(workshopId)
    const sources = this.statements.workshopCandidateSources
      .all(workshopId, workshopId)
      .map(parseSource)
    // Each has a source of its own in the workshop, so its words and no library's.
    const candidates = toCandidates(rows, sources, [])
    return new Map(rows.map((row, i) => [row.measure_id, candidates[i] as Candidate]))
  }

  setStatus(
    workspaceId: string,
    id: string,
    change: CandidateStatusChange,
    now: string,
  ): Candidate {
    this.db
      .transaction(() => {
        const row = this.statements.candidate.get(workspaceId, id)
        if (!row) throw new CandidateNotFoundError(id)
        if (row.status === 'merged') throw new CandidateMergedError(id)
        this.statements.setStatus.run({ id, now, ...statusColumns(change) })
      })
      .immediate()
    return this.require(workspaceId, id)
  }

  merge(
    workspaceId: string,
    id: string,
    intoId: string,
    now: string,
  ): { merged: Candidate; survivor: Candidate } {
    this.db
      .transaction(() => {
        const row = this.statements.candidate.get(workspaceId, id)
        const into = this.statements.candidate.get(workspaceId, intoId)
        if (!row) throw new CandidateNotFoundError(id)
        if (!into) throw new CandidateNotFoundError(intoId)
        const refusal = mergeRefusal(row, into)
        if (refusal) throw refusal
        this.statements.repoint.run(intoId, now, id)
        this.statements.markMerged.run(intoId, now, id)
      })
      .immediate()
    return { merged: this.require(workspaceId, id), survivor: this.require(workspaceId, intoId) }
  }

  /**
   * [G1] Inside the deletion of a workshop of `workspaceId`, once its sources are gone: the
   * candidates left without words (no source or library measure of their own, none merged into
   * them). A library's words are the workspace's ([W17]): its candidates stay.
   */
  deleteWordless(workspaceId: string): void {
    this.statements.deleteWordlessMerged.run(workspaceId)
    this.statements.deleteWordless.run(workspaceId)
  }

  private require(workspaceId: string, id: string): Candidate {
    const candidate = this.getCandidate(workspaceId, id)
    if (!candidate) throw new CandidateNotFoundError(id)
    return candidate
  }
}
