import { dotCountRefusal, type Vote } from '@pactboard/shared'
import type pg from 'pg'
import { FOREIGN_KEY_VIOLATION, pgError } from './postgresErrors.ts'
import {
  type DotChange,
  type DotChangeResult,
  type DotLimits,
  UnknownWorkshopError,
} from './Store.ts'

/**
 * The dots on PostgreSQL, for PostgresStore ([P20]): `changeDot` takes a transaction-scoped
 * advisory lock on (workshop, voter) before reading the voter's dots, and `moveDots` the same
 * locks for every voter it moves, so casts and merges from any process are judged one after the
 * other and nobody passes the budget.
 */
export class PostgresVotes {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>,
  ) {}

  async changeDot(
    workshopId: string,
    change: DotChange,
    limits: DotLimits,
  ): Promise<DotChangeResult> {
    const { participantId, measureId, delta } = change
    try {
      return await this.transaction(async (client) => {
        // The lock comes first, in its own statement: under READ COMMITTED the read below then
        // sees every change committed by whoever held the lock before.
        await lockVoters(client, workshopId, [participantId])
        const mine = await readDots(client, workshopId, participantId)
        const onMeasure = mine.get(measureId) ?? 0
        let spent = 0
        for (const count of mine.values()) spent += count
        const refusal = dotCountRefusal({ delta, settings: limits, onMeasure, spent })
        if (refusal) return { refusal, onMeasure, spent }
        const next = onMeasure + delta
        await setDots(client, workshopId, participantId, measureId, next)
        return { refusal: null, onMeasure: next, spent: spent + delta }
      })
    } catch (error) {
      if (pgError(error).code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkshopError(workshopId)
      throw error
    }
  }

  dotsOf(workshopId: string, participantId: string): Promise<Map<string, number>> {
    return readDots(this.pool, workshopId, participantId)
  }

  async voteTotals(workshopId: string): Promise<Map<string, number>> {
    const { rows } = await this.pool.query<{ measure_id: string; total: number }>(
      `SELECT measure_id, sum(count)::int AS total FROM votes WHERE workshop_id = $1
       GROUP BY measure_id`,
      [workshopId],
    )
    return new Map(rows.map((row) => [row.measure_id, row.total]))
  }

  async listVotes(workshopId: string): Promise<Vote[]> {
    // COLLATE "C": the same order as SQLite's (by code point), whatever the database's locale.
    const { rows } = await this.pool.query<{
      participant_id: string
      measure_id: string
      count: number
    }>(
      `SELECT participant_id, measure_id, count FROM votes WHERE workshop_id = $1
       ORDER BY measure_id COLLATE "C", participant_id COLLATE "C"`,
      [workshopId],
    )
    return rows.map((row) => ({
      participantId: row.participant_id,
      measureId: row.measure_id,
      count: row.count,
    }))
  }

  async moveDots(workshopId: string, fromMeasureId: string, toMeasureId: string): Promise<number> {
    if (fromMeasureId === toMeasureId) return 0
    return this.transaction(async (client) => {
      const voters = await client.query<{ participant_id: string }>(
        'SELECT DISTINCT participant_id FROM votes WHERE workshop_id = $1 AND measure_id = $2',
        [workshopId, fromMeasureId],
      )
      if (voters.rows.length === 0) return 0
      // Each voter's lock, as changeDot takes it: no cast reads their dots half moved.
      await lockVoters(
        client,
        workshopId,
        voters.rows.map((row) => row.participant_id),
      )
      const { rows } = await client.query<{ moved: number }>(
        `WITH moved AS (
           DELETE FROM votes WHERE workshop_id = $1 AND measure_id = $2
           RETURNING participant_id, count
         ), added AS (
           INSERT INTO votes (workshop_id, participant_id, measure_id, count)
           SELECT $1, participant_id, $3, count FROM moved
           ON CONFLICT (workshop_id, participant_id, measure_id)
           DO UPDATE SET count = votes.count + excluded.count
         )
         SELECT coalesce(sum(count), 0)::int AS moved FROM moved`,
        [workshopId, fromMeasureId, toMeasureId],
      )
      return rows[0]?.moved ?? 0
    })
  }

  async putVotes(workshopId: string, votes: readonly Vote[]): Promise<void> {
    try {
      await this.transaction(async (client) => {
        for (const { participantId, measureId, count } of votes) {
          await setDots(client, workshopId, participantId, measureId, count)
        }
      })
    } catch (error) {
      if (pgError(error).code === FOREIGN_KEY_VIOLATION) throw new UnknownWorkshopError(workshopId)
      throw error
    }
  }
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>

/**
 * Transaction-scoped advisory locks on (workshop, voter), taken in one order so that two
 * transactions locking several voters never wait on each other in a cycle.
 */
export async function lockVoters(
  client: pg.PoolClient,
  workshopId: string,
  participantIds: string[],
): Promise<void> {
  const sorted = [...new Set(participantIds)].sort()
  for (const participantId of sorted) {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [
      workshopId,
      participantId,
    ])
  }
}

async function readDots(
  db: Queryable,
  workshopId: string,
  participantId: string,
): Promise<Map<string, number>> {
  const { rows } = await db.query<{ measure_id: string; count: number }>(
    'SELECT measure_id, count FROM votes WHERE workshop_id = $1 AND participant_id = $2',
    [workshopId, participantId],
  )
  return new Map(rows.map((row) => [row.measure_id, row.count]))
}

/** Sets one voter's dots on one measure; 0 removes the row. */
async function setDots(
  db: Queryable,
  workshopId: string,
  participantId: string,
  measureId: string,
  count: number,
): Promise<void> {
  if (count > 0) {
    await db.query(
      `INSERT INTO votes (workshop_id, participant_id, measure_id, count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workshop_id, participant_id, measure_id) DO UPDATE SET count = excluded.count`,
      [workshopId, participantId, measureId, count],
    )
  } else {
    await db.query(
      'DELETE FROM votes WHERE workshop_id = $1 AND participant_id = $2 AND measure_id = $3',
      [workshopId, participantId, measureId],
    )
  }
}
