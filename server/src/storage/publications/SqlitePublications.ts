import Database from 'better-sqlite3'
import { UnknownWorkshopError } from '../Store.ts'
import {
  type PublicationChange,
  type PublicationRow,
  type PublicationStore,
  type StoredPublication,
  toStoredPublication,
} from './PublicationStore.ts'

/** The publications table in SQLite (SqliteStore runs this inside its migration). */
export const SQLITE_PUBLICATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS publications (
  workshop_id  TEXT PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  slug         TEXT UNIQUE,
  parts        TEXT NOT NULL,
  published_at TEXT,
  updated_at   TEXT NOT NULL
) STRICT;
`

export class SqlitePublications implements PublicationStore {
  private readonly statements

  constructor(db: Database.Database) {
    this.statements = {
      byWorkshop: db.prepare<[string], PublicationRow>(
        'SELECT * FROM publications WHERE workshop_id = ?',
      ),
      bySlug: db.prepare<[string], PublicationRow>('SELECT * FROM publications WHERE slug = ?'),
      save: db.prepare<
        [
          {
            workshop_id: string
            published: number
            slug: string | null
            parts: string
            at: string
          },
        ],
        PublicationRow
      >(
        `INSERT INTO publications (workshop_id, slug, parts, published_at, updated_at)
         VALUES (@workshop_id, @slug, @parts, CASE WHEN @published = 1 THEN @at END, @at)
         ON CONFLICT (workshop_id) DO UPDATE SET
           slug = CASE WHEN @published = 1 THEN coalesce(publications.slug, excluded.slug) END,
           published_at = CASE WHEN @published = 1
             THEN coalesce(publications.published_at, excluded.published_at) END,
           parts = excluded.parts,
           updated_at = excluded.updated_at
         RETURNING *`,
      ),
    }
  }

  getPublication(workshopId: string): StoredPublication | null {
    const row = this.statements.byWorkshop.get(workshopId)
    return row ? toStoredPublication(row) : null
  }

  savePublication(workshopId: string, change: PublicationChange): StoredPublication {
    try {
      const row = this.statements.save.get({
        workshop_id: workshopId,
        published: change.published ? 1 : 0,
        slug: change.published ? change.newSlug : null,
        parts: JSON.stringify(change.parts),
        at: change.at,
      })
      if (!row) throw new Error('The publication was not saved')
      return toStoredPublication(row)
    } catch (error) {
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }

  findPublishedBySlug(slug: string): StoredPublication | null {
    const row = this.statements.bySlug.get(slug)
    return row ? toStoredPublication(row) : null
  }
}
