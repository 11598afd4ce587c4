import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import {
  type PresenceResult,
  type PresenceScenario,
  runPresenceScenario,
} from './presenceScenario.ts'
import { runScenario, type Scenario, type ScenarioResult } from './scenario.ts'
import { startServer } from './serverProcess.ts'

/**
 * `npm run bench`: starts the built server with its default SQLite store (write-before-relay on)
 * and drives one room per scenario. Prints a table and keeps the figures in bench/results/.
 * BENCH_DURATION_S shortens or lengthens each scenario (default 15 s).
 */

const durationS = Number(process.env.BENCH_DURATION_S ?? 15)

const SCENARIOS: Scenario[] = [
  {
    name: '50 clients / 5 writers / 10 edits/s',
    clients: 50,
    writers: 5,
    editsPerSecond: 10,
    durationS,
  },
  {
    name: '200 clients / 10 writers / 5 edits/s',
    clients: 200,
    writers: 10,
    editsPerSecond: 5,
    durationS,
  },
]

const PRESENCE_SCENARIOS: PresenceScenario[] = [
  {
    name: '300 clients, each changes presence every ~3 s',
    clients: 300,
    changeEveryMs: 3000,
    durationS,
  },
]

function formatPresenceRow(r: PresenceResult): string {
  return [
    r.scenario.name.padEnd(46),
    String(r.changes).padStart(8),
    r.framesPerChange.toFixed(1).padStart(12),
    r.framesPerChangePerClient.toFixed(2).padStart(10),
    r.serverRssPeakMiB.toFixed(0).padStart(8),
    `${r.serverCpuAvgPct.toFixed(0)} / ${r.serverCpuPeakPct.toFixed(0)}`.padStart(10),
  ].join('  ')
}

function formatRow(r: ScenarioResult): string {
  const cells = [
    r.scenario.name.padEnd(38),
    `${r.deliveredPct.toFixed(2)} %`.padStart(9),
    `${r.latencyP50Ms.toFixed(1)}`.padStart(8),
    `${r.latencyP99Ms.toFixed(1)}`.padStart(8),
    `${r.latencyMaxMs.toFixed(1)}`.padStart(8),
    `${r.serverRssPeakMiB.toFixed(0)}`.padStart(8),
    `${r.serverCpuAvgPct.toFixed(0)} / ${r.serverCpuPeakPct.toFixed(0)}`.padStart(10),
  ]
  return cells.join('  ')
}

async function main() {
  // every stock provider registers a process 'exit' listener of its own
  process.setMaxListeners(0)
  const results: ScenarioResult[] = []
  for (const scenario of SCENARIOS) {
    // a fresh server per scenario, so one scenario's memory does not count against the next
    const server = await startServer()
    try {
      process.stdout.write(`running ${scenario.name} for ${scenario.durationS} s…\n`)
      results.push(await runScenario(server.url, server.pid, scenario))
    } finally {
      await server.stop()
    }
  }
  const presenceResults: PresenceResult[] = []
  for (const scenario of PRESENCE_SCENARIOS) {
    const server = await startServer()
    try {
      process.stdout.write(`running ${scenario.name} for ${scenario.durationS} s…\n`)
      presenceResults.push(await runPresenceScenario(server.url, server.pid, scenario))
    } finally {
      await server.stop()
    }
  }
  const header = [
    'scenario'.padEnd(38),
    'delivered'.padStart(9),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'max ms'.padStart(8),
    'RSS MiB'.padStart(8),
    'CPU % a/p'.padStart(10),
  ].join('  ')
  process.stdout.write(`\n${header}\n${'-'.repeat(header.length)}\n`)
  for (const r of results) process.stdout.write(`${formatRow(r)}\n`)
  process.stdout.write(
    '\nlatency: edit on one client to its arrival on another, through the server and its store\n',
  )
  const presenceHeader = [
    'presence scenario'.padEnd(46),
    'changes'.padStart(8),
    'frames/chg'.padStart(12),
    'per client'.padStart(10),
    'RSS MiB'.padStart(8),
    'CPU % a/p'.padStart(10),
  ].join('  ')
  process.stdout.write(`\n${presenceHeader}\n${'-'.repeat(presenceHeader.length)}\n`)
  for (const r of presenceResults) process.stdout.write(`${formatPresenceRow(r)}\n`)
  process.stdout.write(
    'frames/chg: awareness frames all clients received per presence change; per client ≈ 1 is O(N), ≈ N would be O(N²)\n',
  )

  const resultsDir = fileURLToPath(new URL('../results/', import.meta.url))
  mkdirSync(resultsDir, { recursive: true })
  const file = `${resultsDir}latest.json`
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, results, presenceResults }, null, 2)}\n`,
  )
  process.stdout.write(`figures written to ${file}\n`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
