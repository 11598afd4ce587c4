import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { sampleServer } from '../scenario.ts'
import { percentile } from '../stats.ts'
import { watchMachineCpu } from './machineCpu.ts'
import { PRESENCE_RENEWAL_MS, type Records, sharedNowMs, type WorkerLoad } from './protocol.ts'
import type { Target, TargetName } from './targets.ts'
import { WorkerPool } from './WorkerPool.ts'

/**
 * One edit scenario on one fresh server: `clients` people on the board doc spread over the
 * workers (client i on worker i mod n), the first `writers` of them editing their own measure's
 * description `editsPerSecond` times a second, for `durationS`. The parent gathers every send and
 * every arrival and sets them against each other on the shared clock.
 */

export interface EditScenario {
  id: string
  name: string
  clients: number
  writers: number
  editsPerSecond: number
  durationS: number
  /** Whether every person shows presence on the board, renewed every 15 s as the stock providers do. */
  presence: boolean
}

export interface HarnessLoad {
  workers: number
  /** Sum over the workers, in % of one core. */
  cpuSumPct: number
  cpuMaxPct: number
  /** The most saturated worker: % of its half-seconds at ≥ 90 % of a core. */
  saturatedMaxPct: number
  /** The worst worker's event-loop delay p99 and max over the timed window. */
  loopDelayP99MaxMs: number
  loopDelayMaxMs: number
  rssSumMiB: number
  /** This process, which gathers the records, in % of one core. */
  parentCpuPct: number
}

export interface EditResult {
  target: TargetName
  scenario: EditScenario
  round: number
  connectS: number
  editsSent: number
  deliveriesExpected: number
  deliveriesSeen: number
  deliveredPct: number
  /** Deliveries that reached a client inside a later edit of the same writer. */
  foldedPct: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  /** Per edit, the time until the first other client had it. */
  firstReceiverP50Ms: number
  firstReceiverP99Ms: number
  serverCpuAvgPct: number
  serverCpuPeakPct: number
  serverRssPeakMiB: number
  harness: HarnessLoad
  /** The whole machine over the timed window, % of one core (null off Linux). */
  machineCpuPct: number | null
  /** 1-minute load average when the timed window began. */
  loadAverage: number
}

/** A run that did not get to the end (the room never synced, a worker died). */
export interface EditFailure {
  target: TargetName
  scenarioId: string
  round: number
  message: string
}

const START_DELAY_MS = 300
const DRAIN_TIMEOUT_MS = 10_000
const FLUSH_EVERY_MS = 1000
/**
 * The writers edit this long before the timed window: the first edits a fresh process meets run
 * on code V8 has not compiled yet, in every client worker at once. Timed from the start, the
 * first ~0.75 s held the whole 1 % tail of the 200-client room for every server alike (a
 * BENCH_DUMP_DIR run: 1,470 of 1,477 deliveries past the p99 were of edits sent in that time).
 */
const WARMUP_MS = Number(process.env.BENCH_WARMUP_S ?? 3) * 1000
const dumpDir = process.env.BENCH_DUMP_DIR
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

class Collector {
  readonly sentAt = new Map<number, number>()
  /** Each worker's flushed arrivals: (edit key, shared-clock ms, folded 0 | 1) triples. */
  private readonly received: { worker: number; triples: Float64Array }[] = []

  add(worker: number, records: Records): void {
    for (let i = 0; i < records.sent.length; i += 2) {
      this.sentAt.set(records.sent[i]!, records.sent[i + 1]!)
    }
    this.received.push({ worker, triples: records.received })
  }

  async flush(pool: WorkerPool): Promise<void> {
    const replies = await pool.all({ type: 'flush' })
    for (const [worker, records] of replies.entries()) this.add(worker, records)
  }

  /** Every arrival of a timed edit (warm-up edits were sent but not recorded as sent). */
  private *arrivals(): Generator<{ worker: number; key: number; at: number; folded: boolean }> {
    for (const { worker, triples } of this.received) {
      for (let i = 0; i < triples.length; i += 3) {
        const key = triples[i]!
        if (!this.sentAt.has(key)) continue
        yield { worker, key, at: triples[i + 1]!, folded: triples[i + 2] === 1 }
      }
    }
  }

  counts(): { deliveries: number; folded: number } {
    let deliveries = 0
    let folded = 0
    for (const arrival of this.arrivals()) {
      deliveries++
      if (arrival.folded) folded++
    }
    return { deliveries, folded }
  }

  /** Latency of every delivery, and per edit the earliest one. */
  latencies(): { all: number[]; first: number[] } {
    const all: number[] = []
    const firstAt = new Map<number, number>()
    for (const { key, at } of this.arrivals()) {
      all.push(at - this.sentAt.get(key)!)
      const earliest = firstAt.get(key)
      if (earliest === undefined || at < earliest) firstAt.set(key, at)
    }
    const first = [...firstAt].map(([key, at]) => at - this.sentAt.get(key)!)
    return { all, first }
  }

  /** BENCH_DUMP_DIR: one line per delivery (receiving worker, edit key, sent at, latency ms). */
  dump(path: string): void {
    const lines = ['worker,edit,sentAtMs,latencyMs']
    for (const { worker, key, at } of this.arrivals()) {
      const sentAt = this.sentAt.get(key)!
      lines.push(`${worker},${key},${sentAt.toFixed(3)},${(at - sentAt).toFixed(3)}`)
    }
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, `${lines.join('\n')}\n`)
  }
}

function harnessLoad(loads: WorkerLoad[], parentCpuPct: number): HarnessLoad {
  return {
    parentCpuPct,
    workers: loads.length,
    cpuSumPct: loads.reduce((sum, l) => sum + l.cpuPct, 0),
    cpuMaxPct: Math.max(...loads.map((l) => l.cpuPct)),
    saturatedMaxPct: Math.max(...loads.map((l) => l.saturatedPct)),
    loopDelayP99MaxMs: Math.max(...loads.map((l) => l.eventLoopDelayP99Ms)),
    loopDelayMaxMs: Math.max(...loads.map((l) => l.eventLoopDelayMaxMs)),
    rssSumMiB: loads.reduce((sum, l) => sum + l.rssMiB, 0),
  }
}

export async function runEditScenario(
  target: Target,
  scenario: EditScenario,
  workers: number,
  round: number,
): Promise<EditResult> {
  const server = await target.startForEdits()
  const pool = WorkerPool.start(workers)
  try {
    const room = await server.openRoom(scenario.clients)
    const specs = room.people.map((person) => ({
      ...server.clientSpec(room, person, ['board']),
      presence: scenario.presence,
    }))
    const connectStarted = performance.now()
    await Promise.all(
      Array.from({ length: workers }, (_, w) =>
        pool.request(w, { type: 'connect', clients: specs.filter((s) => s.index % workers === w) }),
      ),
    )
    const connectS = (performance.now() - connectStarted) / 1000
    // Everyone shows presence within one renewal period of connecting (stockClient.ts); timed
    // from then on, the window is the room in its steady state, each person renewing once in 15 s.
    const presenceSetBy = scenario.presence ? sharedNowMs() + PRESENCE_RENEWAL_MS : 0
    const measureIdsByWriter: string[] = []
    for (const added of await pool.all({ type: 'addMeasures', writers: scenario.writers })) {
      for (const [writer, id] of Object.entries(added.measureIds)) {
        measureIdsByWriter[Number(writer)] = id
      }
    }
    await pool.all({ type: 'watch', measureIdsByWriter })

    const collector = new Collector()
    const durationMs = scenario.durationS * 1000
    const startAtMs = sharedNowMs() + START_DELAY_MS
    const warmupMs = Math.max(WARMUP_MS, presenceSetBy - startAtMs)
    await pool.all({
      type: 'start',
      startAtMs,
      warmupMs,
      durationMs,
      editsPerSecond: scenario.editsPerSecond,
      writers: scenario.writers,
    })
    const flusher = setInterval(() => void collector.flush(pool).catch(() => {}), FLUSH_EVERY_MS)
    await sleep(startAtMs + warmupMs - sharedNowMs())
    const sampler = sampleServer(server.pid)
    const loadAverage = loadavg()[0]!
    const machine = watchMachineCpu()
    const parentCpu = process.cpuUsage()
    const windowStarted = performance.now()
    server.beginProfile?.()
    const stopped = await pool.all({ type: 'stop' })
    clearInterval(flusher)
    const parentUsed = process.cpuUsage(parentCpu)
    const parentCpuPct =
      (100 * (parentUsed.user + parentUsed.system)) / 1000 / (performance.now() - windowStarted)
    const machineCpuPct = machine.stop()
    const samples = await sampler.stop()

    const editsSent = stopped.reduce((sum, s) => sum + s.editsSent, 0)
    const deliveriesExpected = editsSent * (scenario.clients - 1)
    const drainUntil = Date.now() + DRAIN_TIMEOUT_MS
    await collector.flush(pool)
    while (collector.counts().deliveries < deliveriesExpected && Date.now() < drainUntil) {
      await new Promise((resolve) => setTimeout(resolve, 200))
      await collector.flush(pool)
    }

    if (dumpDir) collector.dump(join(dumpDir, `${scenario.id}-${target.name}-${round}.csv`))
    const { deliveries, folded } = collector.counts()
    const { all, first } = collector.latencies()
    return {
      target: target.name,
      scenario,
      round,
      connectS,
      editsSent,
      deliveriesExpected,
      deliveriesSeen: deliveries,
      deliveredPct: (100 * deliveries) / Math.max(1, deliveriesExpected),
      foldedPct: (100 * folded) / Math.max(1, deliveries),
      latencyP50Ms: percentile(all, 50),
      latencyP99Ms: percentile(all, 99),
      latencyMaxMs: percentile(all, 100),
      firstReceiverP50Ms: percentile(first, 50),
      firstReceiverP99Ms: percentile(first, 99),
      serverCpuAvgPct: samples.cpu.reduce((a, b) => a + b, 0) / Math.max(1, samples.cpu.length),
      serverCpuPeakPct: Math.max(...samples.cpu),
      serverRssPeakMiB: Math.max(...samples.rss) / 2 ** 20,
      harness: harnessLoad(
        stopped.map((s) => s.load),
        parentCpuPct,
      ),
      machineCpuPct,
      loadAverage,
    }
  } finally {
    await pool.close()
    await server.stop()
  }
}
