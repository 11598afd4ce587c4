import WebSocket from 'ws'
import { connectClients, sampleServer, waitFor } from './scenario.ts'

/**
 * Presence-heavy: every client changes its presence state every `changeEveryMs` (jittered), as
 * phones do when people come and go or wake their screens. With the server's echo filter and
 * coalescing, one change costs about N frames in all, where a plain relay of the stock
 * provider's echoes costs about N².
 */

const MESSAGE_AWARENESS = 1

let awarenessFramesReceived = 0

class CountingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    // the provider sets binaryType 'arraybuffer', so frames arrive as ArrayBuffer
    this.on('message', (data: ArrayBuffer | Buffer) => {
      const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data
      if (bytes[0] === MESSAGE_AWARENESS) awarenessFramesReceived++
    })
  }
}

export interface PresenceScenario {
  name: string
  clients: number
  changeEveryMs: number
  durationS: number
}

export interface PresenceResult {
  scenario: PresenceScenario
  changes: number
  framesReceived: number
  framesPerChange: number
  /** framesPerChange / N: about 1 is O(N) per change, about N would be O(N²). */
  framesPerChangePerClient: number
  serverRssPeakMiB: number
  serverCpuAvgPct: number
  serverCpuPeakPct: number
}

export async function runPresenceScenario(
  serverUrl: string,
  serverPid: number,
  scenario: PresenceScenario,
): Promise<PresenceResult> {
  const clients = await connectClients(
    serverUrl,
    scenario.clients,
    CountingWebSocket as unknown as typeof WebSocket,
  )
  await waitFor(
    () => clients.every((c) => c.provider.awareness.getStates().size === scenario.clients),
    60_000,
    'everyone to see everyone',
  )
  await new Promise((r) => setTimeout(r, 500))
  awarenessFramesReceived = 0
  const sampler = sampleServer(serverPid)
  let changes = 0
  const timers = clients.map((client) => {
    const change = () => {
      client.provider.awareness.setLocalStateField('active', Date.now())
      changes++
      timer = setTimeout(change, scenario.changeEveryMs * (0.5 + Math.random()))
    }
    let timer = setTimeout(change, Math.random() * scenario.changeEveryMs)
    return () => clearTimeout(timer)
  })
  await new Promise((r) => setTimeout(r, scenario.durationS * 1000))
  for (const stop of timers) stop()
  await new Promise((r) => setTimeout(r, 500))
  const samples = await sampler.stop()
  for (const client of clients) client.provider.destroy()

  const framesPerChange = awarenessFramesReceived / Math.max(1, changes)
  return {
    scenario,
    changes,
    framesReceived: awarenessFramesReceived,
    framesPerChange,
    framesPerChangePerClient: framesPerChange / scenario.clients,
    serverRssPeakMiB: Math.max(...samples.rss) / 2 ** 20,
    serverCpuAvgPct: samples.cpu.reduce((a, b) => a + b, 0) / Math.max(1, samples.cpu.length),
    serverCpuPeakPct: Math.max(...samples.cpu),
  }
}
