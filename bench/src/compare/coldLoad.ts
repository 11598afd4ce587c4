import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import * as Y from 'yjs'
import type { ColdLoadTiming, ExpectedState } from './protocol.ts'
import type { Person, Room, Target, TargetName } from './targets.ts'
import type { WorkerPool } from './WorkerPool.ts'

/**
 * The cold load: a board of `measures` measures (written by `seeders` people, Pactboard's quota
 * being 200 each) and a plan of `planChars` characters (written by the plan writer, Pactboard's
 * facilitator), all through the stock clients; then, each time on a server process started just
 * for it (nothing in memory), a fresh person opens board and plan, timed until both docs hold
 * everything that was written.
 *
 * After seeding each server is stopped (SIGTERM: Pactboard compacts, Hocuspocus stores) and
 * loaded once untimed: y-leveldb folds its log of single updates on that first read, so every
 * timed load meets each store in its settled state, as a workshop's board is the morning after.
 */

export interface ColdScenario {
  measures: number
  seeders: number
  planChars: number
  /** Timed loads per round and server; each on a freshly started process. */
  loadsPerRound: number
  rounds: number
}

export interface ColdStore {
  target: Target
  dataDir: string
  room: Room
  expected: ExpectedState
  /** People who have not loaded yet (Pactboard: joined before the first restart). */
  loaders: Person[]
}

export interface ColdLoadResult extends ColdLoadTiming {
  target: TargetName
  round: number
}

const DOCS = ['board', 'plan']
const LOAD_TIMEOUT_MS = 60_000
const STORED_TIMEOUT_MS = 30_000

/** Hocuspocus stores after a debounce: wait until its rows hold everything that was written. */
async function waitForHocuspocusRows(dataDir: string, room: Room, expected: ExpectedState) {
  const db = new Database(join(dataDir, 'hocuspocus.sqlite'), { readonly: true })
  const query = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?')
  const covered = (doc: string) => {
    const row = query.get(`${room.id}/${doc}`)
    if (!row) return false
    const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(row.data))
    for (const [client, clock] of Y.decodeStateVector(expected[doc]!)) {
      if ((have.get(client) ?? 0) < clock) return false
    }
    return true
  }
  try {
    const deadline = Date.now() + STORED_TIMEOUT_MS
    while (!DOCS.every(covered)) {
      if (Date.now() > deadline) throw new Error('Hocuspocus did not store the seeded docs')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  } finally {
    db.close()
  }
}

/**
 * On a machine other people's test runs share, a starting server now and then meets a signal not
 * meant for it; one more try tells that apart from a server that cannot start on its data.
 */
async function startWithRetry(store: ColdStore) {
  try {
    return await store.target.startOn(store.dataDir)
  } catch (error) {
    process.stdout.write(
      `  ${store.target.name} did not start (${(error as Error).message}); again…\n`,
    )
    return store.target.startOn(store.dataDir)
  }
}

async function loadOnce(
  store: ColdStore,
  pool: WorkerPool,
  profile: boolean,
): Promise<ColdLoadTiming> {
  const person = store.loaders.shift()
  if (!person) throw new Error('no loader left')
  const server = await startWithRetry(store)
  try {
    const client = server.clientSpec(store.room, person, DOCS)
    if (profile) server.beginProfile?.()
    const reply = await pool.request(0, {
      type: 'coldLoad',
      client,
      expected: store.expected,
      timeoutMs: LOAD_TIMEOUT_MS,
    })
    return reply.result
  } finally {
    await server.stop()
  }
}

/** Seeds `target`'s store, restarts it and loads once untimed. */
export async function seedColdStore(
  target: Target,
  scenario: ColdScenario,
  pool: WorkerPool,
): Promise<ColdStore> {
  const dataDir = mkdtempSync(join(tmpdir(), `compare-cold-${target.name}-`))
  const server = await target.startOn(dataDir)
  let store: ColdStore
  try {
    const loads = scenario.loadsPerRound * scenario.rounds + 1
    const room = await server.openRoom(scenario.seeders + loads)
    const perSeeder = Math.ceil(scenario.measures / scenario.seeders)
    const tasks = room.people.slice(0, scenario.seeders).map((person, i) => ({
      client: server.clientSpec(room, person, DOCS),
      measures: Math.min(perSeeder, scenario.measures - i * perSeeder),
      planChars: 0,
    }))
    tasks.push({
      client: server.clientSpec(room, room.planWriter, DOCS),
      measures: 0,
      planChars: scenario.planChars,
    })
    const { state } = await pool.request(0, { type: 'seed', tasks })
    store = { target, dataDir, room, expected: state, loaders: room.people.slice(scenario.seeders) }
    if (target.name === 'hocuspocus') await waitForHocuspocusRows(dataDir, room, state)
    // y-leveldb appends each update as it comes, unawaited: give the last ones a moment
    else await new Promise((resolve) => setTimeout(resolve, 1000))
  } finally {
    await server.stop()
  }
  await loadOnce(store, pool, false)
  return store
}

export async function timedColdLoad(
  store: ColdStore,
  pool: WorkerPool,
  round: number,
): Promise<ColdLoadResult> {
  return { target: store.target.name, round, ...(await loadOnce(store, pool, true)) }
}

export function removeColdStore(store: ColdStore): void {
  rmSync(store.dataDir, { recursive: true, force: true })
}
