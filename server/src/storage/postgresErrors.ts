import pg from 'pg'

/** PostgreSQL's error codes the stores tell apart. */
export const FOREIGN_KEY_VIOLATION = '23503'
export const UNIQUE_VIOLATION = '23505'

export function pgError(error: unknown): { code?: string; constraint?: string } {
  return error instanceof pg.DatabaseError ? error : {}
}
