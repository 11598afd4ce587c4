import type { CreateWorkshopResponse, JoinResponse } from '@pactboard/shared'
import { addMeasure, getMeasure, observeMeasureIds, updateMeasure } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import pidusage from 'pidusage'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { percentile } from './stats.ts'

/**
 * One room, `clients` stock WebsocketProviders on the board doc, `writers` of them editing their
 * own measure `editsPerSecond` times a second each. Every other client times how long each edit
 * took to reach it (all clients live in this process, so they share one clock).
 */

export interface Scenario {
  name: string
  clients: number
  writers: number
  editsPerSecond: number
  durationS: number
}

export interface ScenarioResult {
  scenario: Scenario
  editsSent: number
  deliveriesExpected: number
  deliveriesSeen: number
  deliveredPct: number
  latencyP50Ms: number
  latencyP99Ms: number
  latencyMaxMs: number
  serverRssPeakMiB: number
  serverCpuAvgPct: number
  serverCpuPeakPct: number
}

export interface Client {
  doc: Y.Doc
  provider: WebsocketProvider
  participantId: string
}

const EDIT_PREFIX = 'bench-edit'

export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

export async function waitFor(
  condition: () => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

export async function connectClients(
  serverUrl: string,
  count: number,
  WebSocketClass: typeof WebSocket = WebSocket,
): Promise<Client[]> {
  return (await connectClientsTo(serverUrl, count, WebSocketClass)).clients
}

/** `count` participants on the board of a new workshop, synced. */
export async function connectClientsTo(
  serverUrl: string,
  count: number,
  WebSocketClass: typeof WebSocket = WebSocket,
): Promise<{ clients: Client[]; workshop: { id: string; joinCode: string } }> {
  const created = await postJson<CreateWorkshopResponse>(`${serverUrl}/api/workshops`, {
    title: 'Benchmark workshop',
    city: 'Benchtown',
  })
  const wsUrl = `${serverUrl.replace(/^http/, 'ws')}/sync/${created.workshop.id}`
  const clients: Client[] = []
  for (let i = 0; i < count; i++) {
    const joined = await postJson<JoinResponse>(`${serverUrl}/api/join`, {
      code: created.joinCode,
      displayName: `Client ${i}`,
    })
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(wsUrl, 'board', doc, {
      params: { token: joined.token },
      WebSocketPolyfill: WebSocketClass as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    provider.awareness.setLocalState({
      user: {
        participantId: joined.participant.id,
        displayName: `Client ${i}`,
        role: 'participant',
      },
    })
    clients.push({ doc, provider, participantId: joined.participant.id })
  }
  await waitFor(() => clients.every((c) => c.provider.synced), 30_000, 'all clients to sync')
  return { clients, workshop: { id: created.workshop.id, joinCode: created.joinCode } }
}

export function sampleServer(pid: number): { stop(): Promise<{ rss: number[]; cpu: number[] }> } {
  const rss: number[] = []
  const cpu: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const stat = await pidusage(pid)
      rss.push(stat.memory)
      cpu.push(stat.cpu)
      await new Promise((r) => setTimeout(r, 500))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      pidusage.clear()
      return { rss, cpu }
    },
  }
}

/** Something run alongside the timed edits (an attack); returns how to stop it. */
export type Alongside = (workshop: { id: string; joinCode: string }) => () => Promise<void>

export async function runScenario(
  serverUrl: string,
  serverPid: number,
  scenario: Scenario,
  alongside?: Alongside,
): Promise<ScenarioResult> {
  const { clients, workshop } = await connectClientsTo(serverUrl, scenario.clients)
  const writers = clients.slice(0, scenario.writers)
  const measureIds = writers.map(
    (w) =>
      addMeasure(w.doc, {
        fields: makeMeasureFields({ title: `Measure of ${w.participantId}` }),
        proposer: { participantId: w.participantId, actorId: null },
      }).id,
  )
  await waitFor(
    () => clients.every((c) => measureIds.every((id) => getMeasure(c.doc, id) !== null)),
    30_000,
    'every client to see every writer measure',
  )

  const latenciesMs: number[] = []
  let deliveriesSeen = 0
  const stops = clients.map((client, clientIndex) =>
    observeMeasureIds(client.doc, (ids) => {
      const receivedAt = performance.now()
      for (const id of ids) {
        // a writer's own edit is not a delivery
        if (measureIds[clientIndex] === id) continue
        const description = getMeasure(client.doc, id)?.description
        if (!description?.startsWith(EDIT_PREFIX)) continue
        const sentAt = Number(description.split(' ')[2])
        latenciesMs.push(receivedAt - sentAt)
        deliveriesSeen++
      }
    }),
  )

  const sampler = sampleServer(serverPid)
  const stopAlongside = alongside?.(workshop)
  let editsSent = 0
  const intervalMs = 1000 / scenario.editsPerSecond
  const timers = writers.map((writer, i) => {
    let seq = 0
    const edit = () => {
      // the description carries the send time; the edit is an ordinary field update
      updateMeasure(writer.doc, measureIds[i]!, {
        description: `${EDIT_PREFIX} ${++seq} ${performance.now()}`,
      })
      editsSent++
    }
    // writers start staggered across one interval, as real people would
    return setTimeout(
      () => {
        const interval = setInterval(edit, intervalMs)
        timers.push(interval as unknown as NodeJS.Timeout)
      },
      (i * intervalMs) / scenario.writers,
    )
  })
  await new Promise((r) => setTimeout(r, scenario.durationS * 1000))
  for (const timer of timers) clearTimeout(timer)
  for (const timer of timers) clearInterval(timer)
  const deliveriesExpected = editsSent * (scenario.clients - 1)
  await waitFor(() => deliveriesSeen >= deliveriesExpected, 10_000, 'delivery').catch(() => {})
  await stopAlongside?.()
  const samples = await sampler.stop()

  for (const stop of stops) stop()
  for (const client of clients) client.provider.destroy()

  return {
    scenario,
    editsSent,
    deliveriesExpected,
    deliveriesSeen,
    deliveredPct: (100 * deliveriesSeen) / Math.max(1, deliveriesExpected),
    latencyP50Ms: percentile(latenciesMs, 50),
    latencyP99Ms: percentile(latenciesMs, 99),
    latencyMaxMs: percentile(latenciesMs, 100),
    serverRssPeakMiB: Math.max(...samples.rss) / 2 ** 20,
    serverCpuAvgPct: samples.cpu.reduce((a, b) => a + b, 0) / Math.max(1, samples.cpu.length),
    serverCpuPeakPct: Math.max(...samples.cpu),
  }
}
