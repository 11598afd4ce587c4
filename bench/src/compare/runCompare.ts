import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  type ColdLoadResult,
  type ColdScenario,
  type ColdStore,
  removeColdStore,
  seedColdStore,
  timedColdLoad,
} from './coldLoad.ts'
import { type EditFailure, type EditResult, type EditScenario, runEditScenario } from './editRun.ts'
import { ensureReferencesInstalled, referenceVersion } from './references.ts'
import { coldTable, editTable, roundsTable, type TargetVerdict, verdictLines } from './report.ts'
import { compareTargets, TARGET_NAMES, type TargetName } from './targets.ts'
import { WorkerPool } from './WorkerPool.ts'

/**
 * `npm run bench:compare`: the same scenarios, in one run, on Pactboard, @y/websocket-server and
 * Hocuspocus, in rounds that alternate the servers (A, B, C, A, B, C…) so that whatever else the
 * machine does meets all of them alike. Prints medians, Pactboard's ratio to the best reference
 * and the issue's targets; writes everything to bench/results/latest-compare.json.
 *
 * BENCH_ROUNDS (default 3), BENCH_DURATION_S (15), BENCH_WARMUP_S (3), BENCH_WORKERS (client
 * processes, default 4), BENCH_COLD_LOADS (timed cold loads per round and server, default 3),
 * BENCH_COMPARE (a subset of edits-200, edits-1000, cold, hop; all but hop by default),
 * BENCH_TARGETS (a subset of pactboard, y-websocket-server, hocuspocus, y-websocket-stored; all
 * by default),
 * BENCH_PROFILE_DIR (Pactboard's server writes a CPU profile of each timed part there),
 * BENCH_DUMP_DIR (every delivery of each edit run, as CSV).
 */

const SCENARIO_IDS = ['edits-200', 'edits-1000', 'cold', 'hop'] as const
type ScenarioId = (typeof SCENARIO_IDS)[number]
const DEFAULT_SCENARIOS: readonly ScenarioId[] = ['edits-200', 'edits-1000', 'cold']

export interface CompareOptions {
  rounds: number
  durationS: number
  workers: number
  coldLoadsPerRound: number
  scenarios: Set<ScenarioId>
  targets: Set<TargetName>
}

/** A comma-separated subset of `all` from `value`; `byDefault` when unset. */
function subset<T extends string>(
  value: string | undefined,
  byDefault: readonly T[],
  what: string,
  all: readonly T[] = byDefault,
): T[] {
  const picked = (value ?? byDefault.join(','))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  for (const name of picked) {
    if (!all.includes(name as T))
      throw new Error(`unknown ${what} ${name}; choose from ${all.join(', ')}`)
  }
  return picked as T[]
}

export function compareOptions(env: NodeJS.ProcessEnv): CompareOptions {
  return {
    rounds: Number(env.BENCH_ROUNDS ?? 3),
    durationS: Number(env.BENCH_DURATION_S ?? 15),
    workers: Number(env.BENCH_WORKERS ?? 4),
    coldLoadsPerRound: Number(env.BENCH_COLD_LOADS ?? 3),
    scenarios: new Set(subset(env.BENCH_COMPARE, DEFAULT_SCENARIOS, 'comparison', SCENARIO_IDS)),
    targets: new Set(subset(env.BENCH_TARGETS, TARGET_NAMES, 'server')),
  }
}

function editScenarios(options: CompareOptions): EditScenario[] {
  const all: EditScenario[] = [
    {
      id: 'edits-200',
      name: '200 clients / 10 writers / 5 edits/s',
      clients: 200,
      writers: 10,
      editsPerSecond: 5,
      durationS: options.durationS,
      presence: true,
    },
    {
      id: 'edits-1000',
      name: '1,000 clients / 5 writers / 2 edits/s',
      clients: 1000,
      writers: 5,
      editsPerSecond: 2,
      durationS: options.durationS,
      // With everyone's presence the stock clients make the references relay N² awareness frames
      // per 15 s (every renewal to all, every receiver echoing it back): 67,000 a second at 1,000,
      // more than two cores can simulate. Off, the room measures what the target is about: edits.
      presence: false,
    },
    {
      // Not part of the default run: the server's own path, one writer, one reader, nothing
      // queued in any process, so what an edit costs a server before its first relay shows.
      id: 'hop',
      name: '2 clients / 1 writer / 10 edits/s',
      clients: 2,
      writers: 1,
      editsPerSecond: 10,
      durationS: options.durationS,
      presence: false,
    },
  ]
  return all.filter((s) => options.scenarios.has(s.id as ScenarioId))
}

const say = (line: string) => process.stdout.write(`${line}\n`)

export async function runCompare(options: CompareOptions): Promise<void> {
  const startedAt = performance.now()
  ensureReferencesInstalled()
  const targets = compareTargets().filter((t) => options.targets.has(t.name))
  const cores = cpus().length
  const scenarios = editScenarios(options)
  const cold: ColdScenario | null = options.scenarios.has('cold')
    ? {
        measures: 2000,
        seeders: 10,
        planChars: 50_000,
        loadsPerRound: options.coldLoadsPerRound,
        rounds: options.rounds,
      }
    : null
  say(
    `comparison: ${options.rounds} rounds, ${options.workers} client workers, ${cores} cores, ` +
      `load average ${loadavg()[0]!.toFixed(1)} at the start`,
  )

  const coldPool = cold ? WorkerPool.start(1) : null
  const stores: ColdStore[] = []
  const edits: EditResult[] = []
  const failures: EditFailure[] = []
  const coldFailures: EditFailure[] = []
  const coldLoads: ColdLoadResult[] = []
  try {
    if (cold && coldPool) {
      for (const target of targets) {
        say(`seeding the cold-load board and plan on ${target.name} (${target.coldStorage})…`)
        stores.push(await seedColdStore(target, cold, coldPool))
      }
    }
    for (let round = 1; round <= options.rounds; round++) {
      for (const scenario of scenarios) {
        for (const target of targets) {
          say(`round ${round}: ${scenario.name} on ${target.name}…`)
          try {
            edits.push(await runEditScenario(target, scenario, options.workers, round))
          } catch (error) {
            // a server that cannot hold the room is a result, not the end of the comparison
            const message = (error as Error).message.split('\n')[0]!
            say(`  failed: ${message}`)
            failures.push({ target: target.name, scenarioId: scenario.id, round, message })
          }
        }
      }
      if (cold && coldPool) {
        for (let load = 0; load < cold.loadsPerRound; load++) {
          for (const store of stores) {
            try {
              coldLoads.push(await timedColdLoad(store, coldPool, round))
            } catch (error) {
              const message = (error as Error).message.split('\n')[0]!
              say(`  cold load on ${store.target.name} failed: ${message}`)
              coldFailures.push({ target: store.target.name, scenarioId: 'cold', round, message })
            }
          }
        }
        say(`round ${round}: ${cold.loadsPerRound} cold loads on each server done`)
      }
    }
  } finally {
    await coldPool?.close()
    for (const store of stores) removeColdStore(store)
  }

  const verdicts: TargetVerdict[] = []
  const sections: string[] = []
  for (const scenario of scenarios) {
    const table = editTable(
      scenario,
      edits.filter((r) => r.scenario.id === scenario.id),
      failures.filter((f) => f.scenarioId === scenario.id),
      targets,
      cores,
    )
    sections.push(table.text)
    verdicts.push(...table.verdicts)
  }
  if (coldLoads.length > 0) {
    const table = coldTable(coldLoads, coldFailures, targets)
    sections.push(table.text)
    verdicts.push(...table.verdicts)
  }
  if (edits.length > 0) sections.push(roundsTable(edits, cores))
  const totalS = (performance.now() - startedAt) / 1000
  const versions = {
    '@y/websocket-server': referenceVersion('@y/websocket-server'),
    '@hocuspocus/server': referenceVersion('@hocuspocus/server'),
    '@hocuspocus/extension-sqlite': referenceVersion('@hocuspocus/extension-sqlite'),
    '@hocuspocus/provider': referenceVersion('@hocuspocus/provider'),
  }
  const printed = [
    `servers: ${targets.map((t) => `${t.name} (${t.storage})`).join(', ')}; ` +
      Object.entries(versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    ...sections,
    `targets (issue 12):\n${verdictLines(verdicts)}`,
    `whole comparison: ${(totalS / 60).toFixed(1)} min; load average ${loadavg()[0]!.toFixed(1)} at the end`,
  ].join('\n\n')
  say(`\n${printed}`)

  const resultsDir = fileURLToPath(new URL('../../results/', import.meta.url))
  mkdirSync(resultsDir, { recursive: true })
  const file = `${resultsDir}latest-compare.json`
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: cores,
        options: { ...options, scenarios: [...options.scenarios], targets: [...options.targets] },
        versions,
        totalS,
        verdicts,
        edits,
        failures,
        coldLoads,
        coldFailures,
        printed,
      },
      null,
      2,
    )}\n`,
  )
  say(`figures written to ${file}`)
}
