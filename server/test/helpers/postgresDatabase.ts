import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { PostgresStore } from '../../src/storage/PostgresStore.ts'
import type { StoreHarness } from '../../src/storage/storeTestKit.ts'
import { ADMIN_DATABASE_URL, adminQuery, IN_CI } from './services.ts'

/**
 * Databases of their own on the test PostgreSQL for the store's tests, dropped afterwards, and
 * the harness the store contract reads them through. TEST_DATABASE_URL names the server and a
 * database to connect to while creating them; where it cannot be reached (a laptop) the tests
 * say so and skip, and under CI=true they fail instead.
 */

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparsable TEST_DATABASE_URL)'
  }
}

async function unreachableReason(): Promise<string | null> {
  try {
    await adminQuery('SELECT 1')
    return null
  } catch (error) {
    return (error as Error).message
  }
}

export const unreachable = await unreachableReason()
export const where = withoutPassword(ADMIN_DATABASE_URL)
if (unreachable && !IN_CI) {
  console.warn(
    `PostgreSQL not reachable at ${where} (${unreachable}): skipping the PostgreSQL store contract (set TEST_DATABASE_URL or start PostgreSQL)`,
  )
}

/** A fresh database on the test server: its name and URL, and how to drop it. */
export function makeDatabase(): {
  name: string
  url: () => Promise<string>
  drop: () => Promise<void>
} {
  const name = `pactboard_test_${randomBytes(6).toString('hex')}`
  let created: Promise<void> | null = null
  const url = new URL(ADMIN_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    name,
    url: async () => {
      created ??= adminQuery(`CREATE DATABASE ${name}`).then(() => {})
      await created
      return url.toString()
    },
    drop: async () => {
      if (created) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

export function pgHarness(): StoreHarness {
  const database = makeDatabase()
  return {
    open: async () => PostgresStore.open(await database.url(), { maxConnections: 4 }),
    dispose: () => database.drop(),
    ...pgHarnessOn(database),
  }
}

/** Reads `database` directly, past the store: its tables and rows. */
export function pgHarnessOn(
  database: ReturnType<typeof makeDatabase>,
): Pick<StoreHarness, 'tables' | 'rows'> {
  /** The database read with a client of its own, past the store. */
  const query = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: await database.url() })
    await client.connect()
    try {
      return (await client.query<T>(text, values)).rows
    } finally {
      await client.end()
    }
  }
  return {
    tables: async () => {
      const rows = await query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
      )
      const tables = new Map<string, string[]>()
      for (const row of rows)
        tables.set(row.table_name, [...(tables.get(row.table_name) ?? []), row.column_name])
      return [...tables].map(([name, columns]) => ({ name, columns }))
    },
    rows: (table) => query<Record<string, unknown>>(`SELECT * FROM ${table}`),
  }
}
