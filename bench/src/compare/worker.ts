import { monitorEventLoopDelay } from 'node:perf_hooks'
import { addMeasure, getMeasure, observeMeasureIds, updateMeasure } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { waitFor } from '../scenario.ts'
import { coldLoad, seed } from './coldWorker.ts'
import {
  type ClientSpec,
  editKey,
  sharedNowMs,
  type WorkerLoad,
  type WorkerReply,
  type WorkerRequest,
} from './protocol.ts'
import { openStockClient, type StockClient } from './stockClient.ts'

/**
 * A client worker of the comparison (forked by WorkerPool): holds its share of a room's simulated
 * people, makes its writers edit, and records when every edit reached each of its people. Times
 * are read from the shared clock, so the parent can set them against other workers' send times.
 */

const EDIT_PREFIX = 'bench-edit'
// Opening every socket at once makes the first connections wait for the last admissions.
const CONNECT_BATCH = 25
const SYNC_TIMEOUT_MS = 120_000

// every stock provider registers a process 'exit' listener of its own
process.setMaxListeners(0)

let clients: StockClient[] = []
let measureIdsByWriter: string[] = []
let editsSent = 0
let sent: number[] = []
let received: number[] = []
const timers: NodeJS.Timeout[] = []
let window: { startAtMs: number; endAtMs: number; cpu: NodeJS.CpuUsage } | null = null
const loopDelay = monitorEventLoopDelay({ resolution: 5 })
// An average over the window hides a burst: the worker's CPU is also read every half second.
const BUCKET_MS = 500
const SATURATED_BUCKET_CPU = 0.9
let buckets = { total: 0, saturated: 0 }
let bucketTimer: NodeJS.Timeout | null = null

function watchBuckets(): void {
  let last = { cpu: process.cpuUsage(), at: performance.now() }
  buckets = { total: 0, saturated: 0 }
  bucketTimer = setInterval(() => {
    const used = process.cpuUsage(last.cpu)
    const now = performance.now()
    const share = (used.user + used.system) / 1000 / (now - last.at)
    buckets.total++
    if (share >= SATURATED_BUCKET_CPU) buckets.saturated++
    last = { cpu: process.cpuUsage(), at: now }
  }, BUCKET_MS)
}

function reply(message: WorkerReply): void {
  process.send?.(message)
}

const board = (client: StockClient) => client.docs.get('board')!

async function connect(specs: ClientSpec[]): Promise<void> {
  for (let i = 0; i < specs.length; i += CONNECT_BATCH) {
    const batch = await Promise.all(specs.slice(i, i + CONNECT_BATCH).map(openStockClient))
    clients.push(...batch)
    await waitFor(() => batch.every((c) => c.isSynced()), SYNC_TIMEOUT_MS, 'clients to sync')
  }
}

function addWriterMeasures(writers: number): Record<number, string> {
  const ids: Record<number, string> = {}
  for (const client of clients.filter((c) => c.spec.index < writers)) {
    ids[client.spec.index] = addMeasure(board(client), {
      fields: makeMeasureFields({ title: `Measure of ${client.spec.participantId}` }),
      proposer: { participantId: client.spec.participantId, actorId: null },
    }).id
  }
  return ids
}

/** Records, for every person here, each writer's edits as they arrive (folded ones included). */
async function watch(ids: string[]): Promise<void> {
  measureIdsByWriter = ids
  const writerOf = new Map(ids.map((id, writer) => [id, writer]))
  for (const client of clients) {
    const lastSeen = new Array<number>(ids.length).fill(0)
    const doc = board(client)
    observeMeasureIds(doc, (changed) => {
      const receivedAt = sharedNowMs()
      for (const id of changed) {
        const writer = writerOf.get(id)
        // a writer's own edit is not a delivery
        if (writer === undefined || writer === client.spec.index) continue
        const description = getMeasure(doc, id)?.description
        if (!description?.startsWith(EDIT_PREFIX)) continue
        const seq = Number(description.split(' ')[1])
        // an observed change may carry several edits of one writer; each counts, at this time
        for (let s = lastSeen[writer]! + 1; s <= seq; s++) {
          received.push(editKey(writer, s), receivedAt, s < seq ? 1 : 0)
        }
        lastSeen[writer] = Math.max(lastSeen[writer]!, seq)
      }
    })
  }
  await waitFor(
    () => clients.every((c) => ids.every((id) => getMeasure(board(c), id) !== null)),
    SYNC_TIMEOUT_MS,
    'every client to see every writer measure',
  )
}

function start(
  startAtMs: number,
  warmupMs: number,
  durationMs: number,
  editsPerSecond: number,
  writers: number,
) {
  const intervalMs = 1000 / editsPerSecond
  const timedFromMs = startAtMs + warmupMs
  const endAtMs = timedFromMs + durationMs
  for (const client of clients.filter((c) => c.spec.index < writers)) {
    const writer = client.spec.index
    const measureId = measureIdsByWriter[writer]!
    let seq = 0
    const edit = () => {
      if (sharedNowMs() >= endAtMs) return
      const sentAt = sharedNowMs()
      seq++
      // the description carries the edit's number and send time; an ordinary field update
      updateMeasure(board(client), measureId, { description: `${EDIT_PREFIX} ${seq} ${sentAt}` })
      // a warm-up edit is sent like any other, but neither it nor its arrivals are counted
      if (sentAt < timedFromMs) return
      sent.push(editKey(writer, seq), sentAt)
      editsSent++
    }
    // writers start staggered across one interval, as real people would
    const delayMs = startAtMs + (writer * intervalMs) / writers - sharedNowMs()
    timers.push(
      setTimeout(
        () => {
          edit()
          timers.push(setInterval(edit, intervalMs))
        },
        Math.max(0, delayMs),
      ),
    )
  }
  const wait = Math.max(0, timedFromMs - sharedNowMs())
  setTimeout(() => {
    loopDelay.reset()
    loopDelay.enable()
    watchBuckets()
    window = { startAtMs: timedFromMs, endAtMs, cpu: process.cpuUsage() }
  }, wait)
}

async function stop(): Promise<{ editsSent: number; load: WorkerLoad }> {
  await waitFor(() => window !== null && sharedNowMs() >= window.endAtMs, 600_000, 'the end')
  for (const timer of timers.splice(0)) clearInterval(timer)
  loopDelay.disable()
  if (bucketTimer) clearInterval(bucketTimer)
  const { cpu, startAtMs } = window!
  const used = process.cpuUsage(cpu)
  const wallMs = sharedNowMs() - startAtMs
  const ms = (ns: number) => (Number.isFinite(ns) ? ns / 1e6 : 0)
  return {
    editsSent,
    load: {
      cpuPct: (100 * (used.user + used.system)) / 1000 / wallMs,
      saturatedPct: (100 * buckets.saturated) / Math.max(1, buckets.total),
      eventLoopDelayP50Ms: ms(loopDelay.percentile(50)),
      eventLoopDelayP99Ms: ms(loopDelay.percentile(99)),
      eventLoopDelayMaxMs: ms(loopDelay.max),
      rssMiB: process.memoryUsage.rss() / 2 ** 20,
    },
  }
}

function flush() {
  const records = {
    sent: Float64Array.from(sent),
    received: Float64Array.from(received),
  }
  sent = []
  received = []
  return records
}

function closeAll(): void {
  for (const client of clients) client.destroy()
  clients = []
}

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const { id } = request
  switch (request.type) {
    case 'connect':
      await connect(request.clients)
      return { id, type: 'connected' }
    case 'addMeasures':
      return { id, type: 'measuresAdded', measureIds: addWriterMeasures(request.writers) }
    case 'watch':
      await watch(request.measureIdsByWriter)
      return { id, type: 'watching' }
    case 'start':
      start(
        request.startAtMs,
        request.warmupMs,
        request.durationMs,
        request.editsPerSecond,
        request.writers,
      )
      return { id, type: 'started' }
    case 'stop':
      return { id, type: 'stopped', ...(await stop()) }
    case 'flush':
      return { id, type: 'records', ...flush() }
    case 'close':
      closeAll()
      return { id, type: 'closed' }
    case 'seed':
      return { id, type: 'seeded', state: await seed(request.tasks) }
    case 'coldLoad':
      return {
        id,
        type: 'loaded',
        result: await coldLoad(request.client, request.expected, request.timeoutMs),
      }
  }
}

process.on('message', (request: WorkerRequest) => {
  handle(request).then(reply, (error: Error) =>
    reply({ id: request.id, type: 'failed', message: error.stack ?? error.message }),
  )
})
// the parent gone, nothing here is of use: stock providers' timers would keep the process alive
process.on('disconnect', () => process.exit(0))
