import pg from 'pg'
import { UnknownWorkshopError } from './Store.ts'

/** PostgreSQL's error codes the stores tell apart. */
export const FOREIGN_KEY_VIOLATION = '23503'
export const UNIQUE_VIOLATION = '23505'

export function pgError(error: unknown): { code?: string; constraint?: string } {
  return error instanceof pg.DatabaseError ? error : {}
}

/** An INSERT of a row that belongs to a workshop: an unknown one is UnknownWorkshopError. */
export async function insertForWorkshop(
  pool: pg.Pool,
  workshopId: string,
  sql: string,
  values: unknown[],
): Promise<void> {
  try {
    await pool.query(sql, values)
  } catch (error) {
    if (pgError(error).code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkshopError(workshopId)
    throw error
  }
}
