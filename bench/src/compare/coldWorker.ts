import { listMeasures } from '@pactboard/shared'
import * as Y from 'yjs'
import { waitFor } from '../scenario.ts'
import { addSeedMeasures, appendPlanText, holdsState, planTextLength } from './coldContent.ts'
import type { ClientSpec, ColdLoadTiming, ExpectedState, SeedTask } from './protocol.ts'
import { openStockClient, type StockClient } from './stockClient.ts'

/**
 * The cold-load scenario's half in a client worker: seeding the content through its people, and
 * one fresh person's timed load.
 */

const SYNC_TIMEOUT_MS = 120_000

const board = (client: StockClient) => client.docs.get('board')!

/** Writes the cold-load content through the tasks' people; the state every one of them ends on. */
export async function seed(tasks: SeedTask[]): Promise<ExpectedState> {
  const seeders = await Promise.all(tasks.map((task) => openStockClient(task.client)))
  try {
    await waitFor(() => seeders.every((s) => s.isSynced()), SYNC_TIMEOUT_MS, 'seeders to sync')
    await Promise.all(
      tasks.map(async (task, i) => {
        const seeder = seeders[i]!
        await addSeedMeasures(board(seeder), task.client.participantId, task.measures)
        if (task.planChars > 0) await appendPlanText(seeder.docs.get('plan')!, task.planChars)
      }),
    )
    // every seeder holds what all wrote only once the server has taken and relayed it all
    const stateOf = (s: StockClient, doc: string) => Y.encodeStateVector(s.docs.get(doc)!)
    const docNames = [...seeders[0]!.docs.keys()]
    const converged = () =>
      docNames.every((name) =>
        seeders.every((s) =>
          seeders.every((other) => holdsState(s.docs.get(name)!, stateOf(other, name))),
        ),
      )
    await waitFor(converged, SYNC_TIMEOUT_MS, 'the seeders to converge')
    return Object.fromEntries(docNames.map((name) => [name, stateOf(seeders[0]!, name)]))
  } finally {
    for (const seeder of seeders) seeder.destroy()
  }
}

/** One fresh person opening the board and the plan: how long until both hold `expected`. */
export async function coldLoad(
  spec: ClientSpec,
  expected: ExpectedState,
  timeoutMs: number,
): Promise<ColdLoadTiming> {
  const startedAt = performance.now()
  const client = await openStockClient(spec)
  try {
    let loadedMs = 0
    let syncedMs = 0
    let done = () => {}
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        const now = performance.now() - startedAt
        if (!syncedMs && client.isSynced()) syncedMs = now
        if (!loadedMs && [...client.docs].every(([name, doc]) => holdsState(doc, expected[name]!)))
          loadedMs = now
        if (loadedMs && syncedMs) resolve()
      }
      for (const doc of client.docs.values()) doc.on('update', check)
      client.onSynced(check)
      const timer = setTimeout(
        () => reject(new Error(`cold load not done in ${timeoutMs} ms`)),
        timeoutMs,
      )
      done = () => clearTimeout(timer)
      check()
    }).finally(() => done())
    return {
      loadedMs,
      syncedMs,
      measures: listMeasures(board(client)).length,
      planChars: planTextLength(client.docs.get('plan')!),
    }
  } finally {
    client.destroy()
  }
}
