import type { ColdLoadResult } from './coldLoad.ts'
import type { EditFailure, EditResult, EditScenario } from './editRun.ts'
import { best, median, pairedRatio } from './ratios.ts'
import { STORED_RELAY, type Target, type TargetName } from './targets.ts'

/**
 * The comparison's verdicts and tables: medians over the rounds per server, Pactboard as a ratio
 * of the best reference, the targets met or missed, and for every edit run what was
 * saturated (server, harness, the machine as a whole).
 */

export interface TargetVerdict {
  scenario: string
  target: string
  pactboard: number
  bestReference: number
  bestReferenceName: TargetName | null
  ratio: number
  met: boolean
}

const HARNESS_CPU_PCT = 80
const HARNESS_LOOP_DELAY_MS = 50
/** % of a worker's half-seconds at ≥ 90 % of a core: a burst the average hides. */
const HARNESS_SATURATED_PCT = 10
const SERVER_CPU_PCT = 90
const MACHINE_FULL_SHARE = 0.9

/** Others: what the machine spent beyond the server and the harness (other people's work). */
export function othersCpuPct(r: EditResult): number | null {
  if (r.machineCpuPct === null) return null
  const harness = r.harness.cpuSumPct + r.harness.parentCpuPct
  return Math.max(0, r.machineCpuPct - r.serverCpuAvgPct - harness)
}

/** What was saturated during one run; empty when nothing was. */
export function saturation(r: EditResult, cores: number): string[] {
  const found: string[] = []
  const harnessBusy =
    r.harness.cpuMaxPct >= HARNESS_CPU_PCT || r.harness.saturatedMaxPct >= HARNESS_SATURATED_PCT
  if (harnessBusy && r.harness.loopDelayP99MaxMs >= HARNESS_LOOP_DELAY_MS) found.push('harness')
  if (r.serverCpuPeakPct >= SERVER_CPU_PCT) found.push('server CPU')
  if (r.machineCpuPct !== null && r.machineCpuPct >= MACHINE_FULL_SHARE * cores * 100) {
    found.push('machine')
  }
  return found
}

interface EditRow {
  target: TargetName
  rounds: number
  deliveredMinPct: number
  deliveredPct: number
  p50: number
  p99: number
  firstP50: number
  serverCpuAvg: number
  serverCpuPeak: number
  serverRss: number
  harnessCpu: number
  harnessCpuMax: number
  harnessSaturated: number
  loopP99: number
  othersCpu: number | null
  saturated: string
}

function editRow(name: TargetName, runs: EditResult[], cores: number): EditRow {
  const m = (pick: (r: EditResult) => number) => median(runs.map(pick))
  const others = runs.map(othersCpuPct).filter((x): x is number => x !== null)
  const flags = new Map<string, number>()
  for (const run of runs) {
    for (const flag of saturation(run, cores)) flags.set(flag, (flags.get(flag) ?? 0) + 1)
  }
  return {
    target: name,
    rounds: runs.length,
    deliveredMinPct: Math.min(...runs.map((r) => r.deliveredPct)),
    deliveredPct: m((r) => r.deliveredPct),
    p50: m((r) => r.latencyP50Ms),
    p99: m((r) => r.latencyP99Ms),
    firstP50: m((r) => r.firstReceiverP50Ms),
    serverCpuAvg: m((r) => r.serverCpuAvgPct),
    serverCpuPeak: m((r) => r.serverCpuPeakPct),
    serverRss: m((r) => r.serverRssPeakMiB),
    harnessCpu: m((r) => r.harness.cpuSumPct + r.harness.parentCpuPct),
    harnessCpuMax: m((r) => r.harness.cpuMaxPct),
    harnessSaturated: m((r) => r.harness.saturatedMaxPct),
    loopP99: m((r) => r.harness.loopDelayP99MaxMs),
    othersCpu: others.length > 0 ? median(others) : null,
    saturated: [...flags].map(([flag, n]) => `${flag} ${n}/${runs.length}`).join(', ') || 'nothing',
  }
}

function verdict(
  scenario: string,
  target: string,
  pactboard: number,
  reference: { name: TargetName | null; value: number },
  met: boolean,
): TargetVerdict {
  return {
    scenario,
    target,
    pactboard,
    bestReference: reference.value,
    bestReferenceName: reference.name,
    ratio: pactboard / reference.value,
    met,
  }
}

const STORED_ONLY: ReadonlySet<TargetName> = new Set([STORED_RELAY])
const IN_MEMORY_ONLY: ReadonlySet<TargetName> = new Set(['y-websocket-server'])

/**
 * What storing before relaying costs a relay that checks nothing (y-websocket-stored over
 * y-websocket-server), and what Pactboard's rules cost beyond that (Pactboard over it).
 */
function storedRelayLines(
  results: EditResult[],
  pb: EditRow,
  stored: EditRow,
  inMemory: EditRow | undefined,
): string[] {
  const first = (r: EditResult) => r.firstReceiverP50Ms
  const lines = [
    `pactboard / ${STORED_RELAY}: p50 ${ratio(pb.p50, stored.p50)}, p99 ${ratio(pb.p99, stored.p99)}, ` +
      `first-receiver p50 ${ratio(pb.firstP50, stored.firstP50)} ` +
      `(same-round ${f2(pairedRatio(results, first, 'pactboard', STORED_ONLY))})`,
  ]
  if (inMemory) {
    lines.push(
      `${STORED_RELAY} / y-websocket-server (what storing before relaying costs it): ` +
        `first-receiver p50 ${ratio(stored.firstP50, inMemory.firstP50)} ` +
        `(same-round ${f2(pairedRatio(results, first, STORED_RELAY, IN_MEMORY_ONLY))}), ` +
        `p99 ${ratio(stored.p99, inMemory.p99)}`,
    )
  }
  return lines
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '–')
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '–')
const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : '–')
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–')

export function editTable(
  scenario: EditScenario,
  results: EditResult[],
  failures: EditFailure[],
  targets: Target[],
  cores: number,
): { text: string; verdicts: TargetVerdict[] } {
  const rows = targets
    .map((t) => ({ t, runs: results.filter((r) => r.target === t.name) }))
    .filter(({ runs }) => runs.length > 0)
    .map(({ t, runs }) => editRow(t.name, runs, cores))
  const header = [
    'server'.padEnd(19),
    'delivered'.padStart(9),
    'p50 ms'.padStart(7),
    'p99 ms'.padStart(7),
    '1st p50'.padStart(7),
    'srv CPU % a/p'.padStart(13),
    'RSS MiB'.padStart(7),
    'harness CPU %'.padStart(13),
    'sat %'.padStart(5),
    'loop p99'.padStart(8),
    'others %'.padStart(8),
    '  saturated',
  ].join('  ')
  const lines = [
    `${scenario.name}${scenario.presence ? ', everyone showing presence' : ', no presence'}: ` +
      `medians of the rounds (${scenario.durationS} s each)`,
    header,
    '-'.repeat(header.length),
    ...rows.map((r) =>
      [
        r.target.padEnd(19),
        `${r.deliveredPct.toFixed(2)} %`.padStart(9),
        f1(r.p50).padStart(7),
        f1(r.p99).padStart(7),
        f1(r.firstP50).padStart(7),
        `${f0(r.serverCpuAvg)} / ${f0(r.serverCpuPeak)}`.padStart(13),
        f0(r.serverRss).padStart(7),
        `${f0(r.harnessCpu)} (max ${f0(r.harnessCpuMax)})`.padStart(13),
        f0(r.harnessSaturated).padStart(5),
        f1(r.loopP99).padStart(8),
        (r.othersCpu === null ? '–' : f0(r.othersCpu)).padStart(8),
        `  ${r.saturated}`,
      ].join('  '),
    ),
  ]
  for (const failure of failures) {
    lines.push(`${failure.target.padEnd(19)}  round ${failure.round} FAILED: ${failure.message}`)
  }
  const pb = rows.find((r) => r.target === 'pactboard')
  const verdicts: TargetVerdict[] = []
  if (pb) {
    const p50 = best(rows, (r) => r.p50)
    const p99 = best(rows, (r) => r.p99)
    const first = best(rows, (r) => r.firstP50)
    lines.push(
      `pactboard / best reference: p50 ${ratio(pb.p50, p50.value)} (${p50.name}), ` +
        `p99 ${ratio(pb.p99, p99.value)} (${p99.name}), ` +
        `first-receiver p50 ${ratio(pb.firstP50, first.value)} (${first.name})`,
      `  same-round ratios, median over rounds: p50 ${f2(pairedRatio(results, (r) => r.latencyP50Ms))}, ` +
        `p99 ${f2(pairedRatio(results, (r) => r.latencyP99Ms))}, ` +
        `first-receiver p50 ${f2(pairedRatio(results, (r) => r.firstReceiverP50Ms))}`,
    )
    const stored = rows.find((r) => r.target === STORED_RELAY)
    const inMemory = rows.find((r) => r.target === 'y-websocket-server')
    if (stored) lines.push(...storedRelayLines(results, pb, stored, inMemory))
    // a target measured against the references needs one that ran
    if (scenario.id === 'edits-200' && p99.name !== null) {
      verdicts.push(
        verdict(
          scenario.name,
          'p99 ≤ 0.5 × best reference',
          pb.p99,
          p99,
          pb.p99 <= 0.5 * p99.value,
        ),
      )
    }
    if (scenario.id === 'edits-1000') {
      verdicts.push(
        verdict(
          scenario.name,
          '100 % delivered (every round)',
          pb.deliveredMinPct,
          { name: null, value: 100 },
          pb.deliveredMinPct >= 100,
        ),
        verdict(
          scenario.name,
          'first-receiver p50 ≤ best reference',
          pb.firstP50,
          first,
          pb.firstP50 <= first.value,
        ),
        verdict(scenario.name, 'p99 < 250 ms', pb.p99, { name: null, value: 250 }, pb.p99 < 250),
      )
    }
  }
  return { text: lines.join('\n'), verdicts }
}

export function coldTable(
  results: ColdLoadResult[],
  failures: EditFailure[],
  targets: Target[],
): { text: string; verdicts: TargetVerdict[] } {
  const rows = targets
    .map((t) => ({ t, runs: results.filter((r) => r.target === t.name) }))
    .filter(({ runs }) => runs.length > 0)
    .map(({ t, runs }) => ({
      target: t.name,
      storage: t.coldStorage,
      loads: runs.length,
      loaded: median(runs.map((r) => r.loadedMs)),
      loadedMin: Math.min(...runs.map((r) => r.loadedMs)),
      loadedMax: Math.max(...runs.map((r) => r.loadedMs)),
      synced: median(runs.map((r) => r.syncedMs)),
      measures: Math.min(...runs.map((r) => r.measures)),
      planChars: Math.min(...runs.map((r) => r.planChars)),
    }))
  const header = [
    'server'.padEnd(19),
    'store'.padEnd(24),
    'loads'.padStart(5),
    'loaded ms'.padStart(9),
    'min–max ms'.padStart(13),
    'synced ms'.padStart(9),
    'measures'.padStart(8),
    'plan chars'.padStart(10),
  ].join('  ')
  const lines = [
    'cold load: board of 2,000 measures + plan of 50,000 characters, each load on a fresh process',
    header,
    '-'.repeat(header.length),
    ...rows.map((r) =>
      [
        r.target.padEnd(19),
        r.storage.padEnd(24),
        String(r.loads).padStart(5),
        f0(r.loaded).padStart(9),
        `${f0(r.loadedMin)}–${f0(r.loadedMax)}`.padStart(13),
        f0(r.synced).padStart(9),
        String(r.measures).padStart(8),
        String(r.planChars).padStart(10),
      ].join('  '),
    ),
  ]
  for (const failure of failures) {
    lines.push(
      `${failure.target.padEnd(19)}  a load in round ${failure.round} FAILED: ${failure.message}`,
    )
  }
  const pb = rows.find((r) => r.target === 'pactboard')
  const verdicts: TargetVerdict[] = []
  if (pb) {
    const ref = best(rows, (r) => r.loaded)
    lines.push(
      `pactboard / best reference: ${ratio(pb.loaded, ref.value)} (${ref.name}); same-round ` +
        `ratio, median over rounds: ${f2(pairedRatio(results, (r) => r.loadedMs))}`,
    )
    const stored = rows.find((r) => r.target === STORED_RELAY)
    if (stored) {
      lines.push(
        `pactboard / ${STORED_RELAY}: ${ratio(pb.loaded, stored.loaded)} (same-round ` +
          `${f2(pairedRatio(results, (r) => r.loadedMs, 'pactboard', STORED_ONLY))})`,
      )
    }
    if (ref.name !== null)
      verdicts.push(
        verdict(
          'cold load',
          'loaded ≤ 0.5 × best reference',
          pb.loaded,
          ref,
          pb.loaded <= 0.5 * ref.value,
        ),
      )
  }
  return { text: lines.join('\n'), verdicts }
}

/** One line per edit run, in the order they ran: the noise behind each median. */
export function roundsTable(results: EditResult[], cores: number): string {
  const header = [
    'round'.padStart(5),
    'scenario'.padEnd(10),
    'server'.padEnd(19),
    'deliv %'.padStart(7),
    'p50'.padStart(6),
    'p99'.padStart(7),
    '1st p50'.padStart(7),
    'srv CPU'.padStart(7),
    'harness'.padStart(7),
    'sat %'.padStart(5),
    'loop p99'.padStart(8),
    'machine'.padStart(7),
    'load avg'.padStart(8),
    '  saturated',
  ].join('  ')
  return [
    'every edit run (CPU in % of one core; machine = all processes, of 100 × cores)',
    header,
    '-'.repeat(header.length),
    ...results.map((r) =>
      [
        String(r.round).padStart(5),
        r.scenario.id.padEnd(10),
        r.target.padEnd(19),
        r.deliveredPct.toFixed(1).padStart(7),
        f1(r.latencyP50Ms).padStart(6),
        f1(r.latencyP99Ms).padStart(7),
        f1(r.firstReceiverP50Ms).padStart(7),
        f0(r.serverCpuAvgPct).padStart(7),
        f0(r.harness.cpuSumPct + r.harness.parentCpuPct).padStart(7),
        f0(r.harness.saturatedMaxPct).padStart(5),
        f1(r.harness.loopDelayP99MaxMs).padStart(8),
        (r.machineCpuPct === null ? '–' : f0(r.machineCpuPct)).padStart(7),
        r.loadAverage.toFixed(1).padStart(8),
        `  ${saturation(r, cores).join(', ') || '–'}`,
      ].join('  '),
    ),
  ].join('\n')
}

export function verdictLines(verdicts: TargetVerdict[]): string {
  return verdicts
    .map((v) => {
      const against = v.bestReferenceName
        ? ` vs ${f1(v.bestReference)} (${v.bestReferenceName}), ratio ${v.ratio.toFixed(2)}`
        : ''
      return `  ${v.met ? 'MET   ' : 'MISSED'}  ${v.scenario}: ${v.target} — pactboard ${f1(v.pactboard)}${against}`
    })
    .join('\n')
}
