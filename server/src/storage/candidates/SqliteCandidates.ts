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
  mergeRefusal,
  type SourceRow,
  statusColumns,
  toCandidates,
} from './candidateRows.ts'

/** The candidate tables in SQLite (SqliteStore runs this in its migration, after workshops). */
export const SQLITE_CANDIDATE_SCHEMA = `
CREATE TABLE IF NOT EXISTS candidates (
  id              TEXT PRIMARY KEY,
  workspace_id    TEXT NOT NULL REFERENCES workspaces(id),
  title           TEXT NOT NULL,
  description     TEXT NOT NULL,
  field_of_action TEXT NOT NULL,
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
  workshop_id   TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
  measure_id    TEXT NOT NULL,
  candidate_id  TEXT NOT NULL REFERENCES candidates(id),
  proposed_at   TEXT NOT NULL,
  dots          INTEGER NOT NULL CHECK (dots >= 0),
  reactions     TEXT NOT NULL,
  brought_in_at TEXT NOT NULL,
  PRIMARY KEY (workshop_id, measure_id)
) STRICT;
CREATE INDEX IF NOT EXISTS candidate_sources_by_candidate ON candidate_sources (candidate_id);
`

type SqliteSourceRow = Omit<SourceRow, 'reactions'> & { reactions: string }

const SOURCES = `SELECT s.candidate_id, s.workshop_id, w.title AS workshop_title, s.measure_id,
  s.proposed_at, s.dots, s.reactions, s.brought_in_at
  FROM candidate_sources s JOIN workshops w ON w.id = s.workshop_id`

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
      insertCandidate: db.prepare(
        `INSERT INTO candidates (id, workspace_id, title, description, field_of_action, status, created_at, updated_at)
         VALUES (@id, @workspace_id, @title, @description, @field_of_action, 'proposed', @now, @now)`,
      ),
      rewordCandidate: db.prepare(
        `UPDATE candidates SET title = @title, description = @description,
         field_of_action = @field_of_action, updated_at = @now WHERE id = @id`,
      ),
      upsertSource: db.prepare(
        `INSERT INTO candidate_sources (workshop_id, measure_id, candidate_id, proposed_at, dots, reactions, brought_in_at)
         VALUES (@workshop_id, @measure_id, @candidate_id, @proposed_at, @dots, @reactions, @now)
         ON CONFLICT (workshop_id, measure_id) DO UPDATE SET proposed_at = excluded.proposed_at,
           dots = excluded.dots, reactions = excluded.reactions, brought_in_at = excluded.brought_in_at`,
      ),
      candidate: db.prepare<[string, string], CandidateRow>(
        'SELECT * FROM candidates WHERE workspace_id = ? AND id = ?',
      ),
      sourcesOfCandidate: db.prepare<[string], SqliteSourceRow>(
        `${SOURCES} WHERE s.candidate_id = ? ORDER BY s.proposed_at, s.measure_id`,
      ),
      workspaceCandidates: db.prepare<[string], CandidateRow>(
        'SELECT * FROM candidates WHERE workspace_id = ? ORDER BY created_at, id',
      ),
      workspaceSources: db.prepare<[string], SqliteSourceRow>(
        `${SOURCES} JOIN candidates c ON c.id = s.candidate_id WHERE c.workspace_id = ?
         ORDER BY s.proposed_at, s.measure_id`,
      ),
      workshopCandidates: db.prepare<[string], CandidateRow & { measure_id: string }>(
        `SELECT c.*, s.measure_id FROM candidate_sources s JOIN candidates c ON c.id = s.candidate_id
         WHERE s.workshop_id = ?`,
      ),
      workshopCandidateSources: db.prepare<[string], SqliteSourceRow>(
        `${SOURCES} WHERE s.candidate_id IN
         (SELECT candidate_id FROM candidate_sources WHERE workshop_id = ?)`,
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
          const wording = {
            title: measure.title,
            description: measure.description,
            field_of_action: measure.fieldOfAction,
            now,
          }
          const known = this.statements.sourceOf.get(workshopId, measure.measureId)
          const candidateId = known?.candidate_id ?? newId()
          if (known) this.statements.rewordCandidate.run({ id: candidateId, ...wording })
          else
            this.statements.insertCandidate.run({
              id: candidateId,
              workspace_id: workspaceId,
              ...wording,
            })
          this.statements.upsertSource.run({
            workshop_id: workshopId,
            measure_id: measure.measureId,
            candidate_id: candidateId,
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
    )
  }

  getCandidate(workspaceId: string, id: string): Candidate | null {
    const row = this.statements.candidate.get(workspaceId, id)
    if (!row) return null
    const sources = this.statements.sourcesOfCandidate.all(id).map(parseSource)
    return toCandidates([row], sources)[0] ?? null
  }

  candidatesOfWorkshop(workshopId: string): Map<string, Candidate> {
    const rows = this.statements.workshopCandidates.all(workshopId)
    const sources = this.statements.workshopCandidateSources.all(workshopId).map(parseSource)
    const candidates = toCandidates(rows, sources)
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

  private require(workspaceId: string, id: string): Candidate {
    const candidate = this.getCandidate(workspaceId, id)
    if (!candidate) throw new CandidateNotFoundError(id)
    return candidate
  }
}

function parseSource(row: SqliteSourceRow): SourceRow {
  return { ...row, reactions: JSON.parse(row.reactions) }
}
