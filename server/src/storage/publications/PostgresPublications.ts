import pg from 'pg'
import { FOREIGN_KEY_VIOLATION } from '../postgresErrors.ts'
import { UnknownWorkshopError } from '../Store.ts'
import {
  type PublicationChange,
  type PublicationRow,
  type PublicationStore,
  type StoredPublication,
  toStoredPublication,
} from './PublicationStore.ts'

/** The publications table in PostgreSQL (postgresSchema.ts runs this after `workshops`). */
export const POSTGRES_PUBLICATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS publications (
  workshop_id  text PRIMARY KEY REFERENCES workshops(id) ON DELETE CASCADE,
  slug         text CONSTRAINT publications_slug_key UNIQUE,
  parts        jsonb NOT NULL,
  published_at text,
  updated_at   text NOT NULL
);
`

export class PostgresPublications implements PublicationStore {
  constructor(private readonly pool: pg.Pool) {}

  async getPublication(workshopId: string): Promise<StoredPublication | null> {
    const { rows } = await this.pool.query<PublicationRow>(
      'SELECT * FROM publications WHERE workshop_id = $1',
      [workshopId],
    )
    return rows[0] ? toStoredPublication(rows[0]) : null
  }

  async savePublication(workshopId: string, change: PublicationChange): Promise<StoredPublication> {
    try {
      const { rows } = await this.pool.query<PublicationRow>(
        `INSERT INTO publications (workshop_id, slug, parts, published_at, updated_at)
         VALUES ($1, CASE WHEN $2 THEN $3 END, $4, CASE WHEN $2 THEN $5 END, $5)
         ON CONFLICT (workshop_id) DO UPDATE SET
           slug = CASE WHEN $2 THEN coalesce(publications.slug, excluded.slug) END,
           published_at = CASE WHEN $2
             THEN coalesce(publications.published_at, excluded.published_at) END,
           parts = excluded.parts,
           updated_at = excluded.updated_at
         RETURNING *`,
        [workshopId, change.published, change.newSlug, JSON.stringify(change.parts), change.at],
      )
      if (!rows[0]) throw new Error('The publication was not saved')
      return toStoredPublication(rows[0])
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === FOREIGN_KEY_VIOLATION) {
        throw new UnknownWorkshopError(workshopId)
      }
      throw error
    }
  }

  async findPublishedBySlug(slug: string): Promise<StoredPublication | null> {
    const { rows } = await this.pool.query<PublicationRow>(
      'SELECT * FROM publications WHERE slug = $1',
      [slug],
    )
    return rows[0] ? toStoredPublication(rows[0]) : null
  }
}
