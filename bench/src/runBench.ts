import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { type ServerProcess, startServerProcess } from '@pactboard/server/testing'
import { type AttackResult, type AttackScenario, runAttackScenario } from './attackScenario.ts'
import { compareOptions, runCompare } from './compare/runCompare.ts'
import {
  type PresenceResult,
  type PresenceScenario,
  runPresenceScenario,
} from './presenceScenario.ts'
import { runScenario, type Scenario, type ScenarioResult } from './scenario.ts'
import { percentile } from './stats.ts'
import type { VoteScenario } from './voteChecks.ts'
import { runVoteScenario, type VoteResult } from './voteScenario.ts'

/**
 * `npm run bench`: starts the built server with its default SQLite store (write-before-relay on)
 * and drives one room per scenario. Prints a table and keeps the figures in bench/results/.
 * BENCH_DURATION_S shortens or lengthens each timed scenario (default 15 s).
 *
 * Scenario groups: `edits`, `presence`, `votes`, `attacks`; all by default. Pick some with
 * `--scenario votes` (repeatable, or comma-separated), bare names (`votes presence`) or
 * `BENCH_SCENARIOS=votes,presence`. BENCH_VOTE_SPREAD_MS sets over how long the voters start
 * (default 5000; 0 fires every cast at once).
 *
 * BENCH_BASELINE_MAIN=<another build's server/dist/main.js> runs each edit scenario on that
 * build too, alternating (baseline, this, baseline, this), and prints this build's figures as
 * ratios of the baseline's: the two builds meet the same noise of the same machine in one run.
 *
 * `compare` (not run by default: it installs the reference servers on first use and takes 10–15
 * minutes) runs Pactboard beside @y/websocket-server and Hocuspocus; see compare/runCompare.ts.
 */
const baselineMain = process.env.BENCH_BASELINE_MAIN

const durationS = Number(process.env.BENCH_DURATION_S ?? 15)

const GROUPS = ['edits', 'presence', 'votes', 'attacks', 'compare'] as const
type Group = (typeof GROUPS)[number]
const DEFAULT_GROUPS: Group[] = ['edits', 'presence', 'votes', 'attacks']

function selectedGroups(argv: string[], env: NodeJS.ProcessEnv): Set<Group> {
  const names: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--scenario') names.push(argv[++i] ?? '')
    else if (arg.startsWith('--scenario=')) names.push(arg.slice('--scenario='.length))
    // a bare name: the root's `npm run bench -- --scenario votes` reaches this workspace as
    // `votes` alone, npm having taken `--scenario` for one of its own options
    else if (!arg.startsWith('-')) names.push(arg)
    else throw new Error(`unknown argument ${arg}; use --scenario ${GROUPS.join('|')}`)
  }
  if (names.length === 0 && env.BENCH_SCENARIOS) names.push(env.BENCH_SCENARIOS)
  const picked = names.flatMap((n) => n.split(',')).map((n) => n.trim())
  if (picked.length === 0) return new Set(DEFAULT_GROUPS)
  for (const name of picked) {
    if (!GROUPS.includes(name as Group)) {
      throw new Error(`unknown scenario ${name}; choose from ${GROUPS.join(', ')}`)
    }
  }
  return new Set(picked as Group[])
}

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

const ATTACK_SCENARIOS: AttackScenario[] = [
  {
    name: '200 clients / 10 writers / 5 edits/s, 4 attackers',
    clients: 200,
    writers: 10,
    editsPerSecond: 5,
    durationS,
    attackers: 4,
    refusalsPerSecond: 20,
    floodEveryMs: 3000,
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

const VOTE_SCENARIOS: VoteScenario[] = [
  {
    name: '300 participants vote in one burst',
    participants: 300,
    measures: 20,
    budget: 5,
    maxPerMeasure: 3,
    attemptsPerParticipant: 7,
    stackEvery: 3,
    spreadMs: Number(process.env.BENCH_VOTE_SPREAD_MS ?? 5000),
    windowMs: 10_000,
  },
]

function formatVoteResult(r: VoteResult): string {
  const s = r.scenario
  const ms = (x: number) => x.toFixed(1)
  const refused = Object.entries(r.refusedByCode)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ')
  const lines = [
    `${s.name}: ${s.measures} cards, budget ${s.budget}, at most ${s.maxPerMeasure} per card, ` +
      `${s.attemptsPerParticipant} casts each from two tabs, 1 in ${s.stackEvery} stacking one card`,
    `  participants      ${r.participants}`,
    `  attempts          ${r.attempts}`,
    `  accepted (2xx)    ${r.accepted}`,
    `  refused           ${r.refused}${refused ? ` (${refused})` : ''}`,
    `  burst wall time   ${(r.burstWallMs / 1000).toFixed(2)} s ` +
      `(starts spread over ${s.spreadMs / 1000} s; ${r.withinWindow ? 'within' : 'OVER'} the ${s.windowMs / 1000} s window)`,
    `  cast latency ms   p50 ${ms(r.latencyP50Ms)}  p95 ${ms(r.latencyP95Ms)}  p99 ${ms(r.latencyP99Ms)}  max ${ms(r.latencyMaxMs)}`,
    `  revealed totals   ${r.revealedDots} dots on ${r.revealedCards} cards (no names; none before the reveal)`,
    `  server            RSS peak ${r.serverRssPeakMiB.toFixed(0)} MiB, CPU ${r.serverCpuAvgPct.toFixed(0)} % avg / ${r.serverCpuPeakPct.toFixed(0)} % peak`,
    ...r.checks.map((c) => `  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}${c.ok ? '' : `: ${c.detail}`}`),
    `${r.pass ? 'PASS' : 'FAIL'}: every vote counted once, budget never exceeded`,
  ]
  return lines.join('\n')
}

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

/** `run` against the built server (server/dist/main.js) on a free port and a temporary DATA_DIR. */
async function onFreshServer<T>(
  run: (server: ServerProcess) => Promise<T>,
  main?: string,
): Promise<T> {
  const server = await startServerProcess({
    tempPrefix: 'pactboard-bench-',
    main,
    // Every simulated person joins from this one machine within seconds, which the join and
    // create limits per address exist to stop. Votes keep their default limit: it counts per
    // participant, so the vote burst measures the server as a venue behind one NAT meets it.
    env: { RATE_LIMIT_JOIN_PER_MINUTE: '100000', RATE_LIMIT_CREATE_WORKSHOP_PER_MINUTE: '1000' },
  })
  try {
    return await run(server)
  } finally {
    await server.stop()
  }
}

async function main() {
  // every stock provider registers a process 'exit' listener of its own
  process.setMaxListeners(0)
  const groups = selectedGroups(process.argv.slice(2), process.env)
  const results: ScenarioResult[] = []
  const baselineResults: ScenarioResult[] = []
  for (const scenario of groups.has('edits') ? SCENARIOS : []) {
    // a fresh server per scenario, so one scenario's memory does not count against the next
    const rounds = baselineMain ? 2 : 1
    for (let round = 0; round < rounds; round++) {
      if (baselineMain) {
        baselineResults.push(
          await onFreshServer((server) => {
            process.stdout.write(`running ${scenario.name} on the baseline…\n`)
            return runScenario(server.url, server.pid, scenario)
          }, baselineMain),
        )
      }
      results.push(
        await onFreshServer((server) => {
          process.stdout.write(`running ${scenario.name} for ${scenario.durationS} s…\n`)
          return runScenario(server.url, server.pid, scenario)
        }),
      )
    }
  }
  const attackResults: AttackResult[] = []
  for (const scenario of groups.has('attacks') ? ATTACK_SCENARIOS : []) {
    process.stdout.write(`running ${scenario.name}: quiet, then attacked…\n`)
    attackResults.push(await runAttackScenario(onFreshServer, scenario))
  }
  const presenceResults: PresenceResult[] = []
  for (const scenario of groups.has('presence') ? PRESENCE_SCENARIOS : []) {
    presenceResults.push(
      await onFreshServer((server) => {
        process.stdout.write(`running ${scenario.name} for ${scenario.durationS} s…\n`)
        return runPresenceScenario(server.url, server.pid, scenario)
      }),
    )
  }
  const voteResults: VoteResult[] = []
  for (const scenario of groups.has('votes') ? VOTE_SCENARIOS : []) {
    voteResults.push(
      await onFreshServer((server) => {
        process.stdout.write(`running ${scenario.name}…\n`)
        return runVoteScenario(server.url, server.pid, scenario)
      }),
    )
  }
  if (results.length > 0) printEditTable(results)
  if (baselineResults.length > 0) printBaselineTable(baselineResults, results)
  for (const r of attackResults) process.stdout.write(`\n${formatAttackResult(r)}\n`)
  if (presenceResults.length > 0) printPresenceTable(presenceResults)
  for (const r of voteResults) process.stdout.write(`\n${formatVoteResult(r)}\n`)
  if (voteResults.some((r) => !r.pass)) process.exitCode = 1
  if (groups.has('compare')) await runCompare(compareOptions(process.env))
  if (groups.size === 1 && groups.has('compare')) return

  const resultsDir = fileURLToPath(new URL('../results/', import.meta.url))
  mkdirSync(resultsDir, { recursive: true })
  const file = `${resultsDir}latest.json`
  writeFileSync(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), node: process.version, cpus: cpus().length, results, baselineResults, attackResults, presenceResults, voteResults }, null, 2)}\n`,
  )
  process.stdout.write(`figures written to ${file}\n`)
}

function printEditTable(results: ScenarioResult[]): void {
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
}

/** This build against the baseline, scenario by scenario: medians of the rounds and their ratio. */
function printBaselineTable(baseline: ScenarioResult[], current: ScenarioResult[]): void {
  const median = (xs: number[]) => percentile(xs, 50)
  process.stdout.write('\nagainst the baseline build (same run, alternating)\n')
  for (const scenario of SCENARIOS) {
    const of = (rs: ScenarioResult[]) => rs.filter((r) => r.scenario.name === scenario.name)
    const [b, c] = [of(baseline), of(current)]
    if (b.length === 0) continue
    const row = (label: string, pick: (r: ScenarioResult) => number) => {
      const [bv, cv] = [median(b.map(pick)), median(c.map(pick))]
      return `  ${label.padEnd(14)} baseline ${bv.toFixed(1).padStart(7)}  this ${cv.toFixed(1).padStart(7)}  ratio ${(cv / bv).toFixed(2)}`
    }
    process.stdout.write(`${scenario.name}\n`)
    process.stdout.write(`${row('p50 ms', (r) => r.latencyP50Ms)}\n`)
    process.stdout.write(`${row('p99 ms', (r) => r.latencyP99Ms)}\n`)
    process.stdout.write(`${row('CPU % avg', (r) => r.serverCpuAvgPct)}\n`)
    process.stdout.write(`${row('RSS MiB', (r) => r.serverRssPeakMiB)}\n`)
  }
}

function formatAttackResult(r: AttackResult): string {
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–')
  const closes = Object.entries(r.attackerClosesByCode)
    .map(([code, n]) => `${code} ×${n}`)
    .join(', ')
  return [
    `${r.scenario.name}: ${r.scenario.attackers} attackers, ${r.scenario.refusalsPerSecond} refused changes/s each, a 60,000-struct frame every ${r.scenario.floodEveryMs / 1000} s`,
    `                    quiet    attacked  ratio`,
    `  delivered %    ${r.quiet.deliveredPct.toFixed(2).padStart(7)}  ${r.attacked.deliveredPct.toFixed(2).padStart(8)}`,
    `  p50 ms         ${r.quiet.latencyP50Ms.toFixed(1).padStart(7)}  ${r.attacked.latencyP50Ms.toFixed(1).padStart(8)}  ${ratio(r.attacked.latencyP50Ms, r.quiet.latencyP50Ms)}`,
    `  p99 ms         ${r.quiet.latencyP99Ms.toFixed(1).padStart(7)}  ${r.attacked.latencyP99Ms.toFixed(1).padStart(8)}  ${ratio(r.attacked.latencyP99Ms, r.quiet.latencyP99Ms)}`,
    `  healthz p99 ms ${r.healthzQuietP99Ms.toFixed(1).padStart(7)}  ${r.healthzAttackedP99Ms.toFixed(1).padStart(8)}  ${ratio(r.healthzAttackedP99Ms, r.healthzQuietP99Ms)}`,
    `  CPU % avg      ${r.quiet.serverCpuAvgPct.toFixed(0).padStart(7)}  ${r.attacked.serverCpuAvgPct.toFixed(0).padStart(8)}`,
    `  attack frames sent ${r.framesSent}; attackers' sockets closed: ${closes || 'none'}; upgrades refused (429): ${r.upgradesRefused}`,
  ].join('\n')
}

function printPresenceTable(presenceResults: PresenceResult[]): void {
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
}

main()
  // a stock provider's awareness timer outlives provider.destroy(): leave once all is written
  .then(() => process.exit())
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
