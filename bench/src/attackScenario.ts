import type { JoinResponse } from '@pactboard/shared'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { postJson, runScenario, type Scenario, type ScenarioResult } from './scenario.ts'
import { percentile } from './stats.ts'

/**
 * "One bad update harms only its sender", measured: the same edit scenario twice on fresh
 * servers, once quiet (the reference) and once while hostile participants send, as fast as the
 * server lets them, changes the board refuses (each costs the room a rebuild from the store),
 * frames of 60,000 one-element inserts (refused before Yjs integrates them), items with forward
 * origins (Yjs throws) and presence for others. Reported as ratios to the quiet run, with
 * /healthz latency and how the attackers' connections ended.
 */

export interface AttackScenario extends Scenario {
  attackers: number
  /** Refused changes each attacker sends per second (reconnecting when cut off). */
  refusalsPerSecond: number
  /** A flood frame from each attacker this often. */
  floodEveryMs: number
}

export interface AttackResult {
  scenario: AttackScenario
  quiet: ScenarioResult
  attacked: ScenarioResult
  healthzQuietP99Ms: number
  healthzAttackedP99Ms: number
  framesSent: number
  /** Sockets the server refused before the upgrade (429: too many this minute). */
  upgradesRefused: number
  attackerClosesByCode: Record<string, number>
}

const MESSAGE_SYNC = 0
const SYNC_UPDATE = 2

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MESSAGE_SYNC)
  encoding.writeVarUint(encoder, SYNC_UPDATE)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** A change the board refuses after integrating it: a root the board does not have. */
function refusedChange(seq: number): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap('graffiti').set(`k${seq}`, 'x'.repeat(200))
  return updateFrame(Y.encodeStateAsUpdate(doc))
}

function floodFrame(): Uint8Array {
  const doc = new Y.Doc()
  const list = doc.getArray<number>('measures')
  for (let i = 0; i < 60_000; i++) list.insert(0, [i])
  return updateFrame(Y.encodeStateAsUpdate(doc))
}

/** One item whose origin is a clock its own client never reached: Yjs throws integrating it. */
function forwardOriginFrame(client: number): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, 0)
  encoding.writeUint8(encoder, 0b1000_0000 | 8)
  encoding.writeVarUint(encoder, client)
  encoding.writeVarUint(encoder, 5)
  encoding.writeVarUint(encoder, 1)
  encoding.writeAny(encoder, 'x')
  encoding.writeVarUint(encoder, 0)
  return updateFrame(encoding.toUint8Array(encoder))
}

function probeHealth(serverUrl: string): { stop(): Promise<number[]> } {
  const latenciesMs: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const startedMs = performance.now()
      await fetch(`${serverUrl}/healthz`).then((r) => r.arrayBuffer())
      latenciesMs.push(performance.now() - startedMs)
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  return {
    async stop() {
      running = false
      await loop
      return latenciesMs
    },
  }
}

function attack(
  serverUrl: string,
  scenario: AttackScenario,
  counts: { frames: number; refusedUpgrades: number; closes: Record<string, number> },
) {
  return (workshop: { id: string; joinCode: string }) => {
    let running = true
    const flood = floodFrame()
    const loops = Array.from({ length: scenario.attackers }, async (_, index) => {
      const joined = await postJson<JoinResponse>(`${serverUrl}/api/join`, {
        code: workshop.joinCode,
        displayName: `Mallory ${index}`,
      })
      const url = `${serverUrl.replace(/^http/, 'ws')}/sync/${workshop.id}/board?token=${encodeURIComponent(joined.token)}`
      let seq = 0
      let lastFloodMs = 0
      while (running) {
        const ws = new WebSocket(url)
        const closed = new Promise<void>((resolve) =>
          ws.on('close', (code) => {
            counts.closes[code] = (counts.closes[code] ?? 0) + 1
            resolve()
          }),
        )
        ws.on('error', () => {})
        // A 429 before the upgrade (too many sockets this minute) is the server saying no: wait
        // a moment, as a client's backoff would, and try again.
        const opened = await new Promise<boolean>((resolve) => {
          ws.on('open', () => resolve(true))
          ws.on('unexpected-response', () => resolve(false))
        })
        if (!opened) {
          counts.refusedUpgrades++
          ws.terminate()
          await new Promise((r) => setTimeout(r, 200))
          continue
        }
        while (running && ws.readyState === ws.OPEN) {
          const nowMs = performance.now()
          let frame: Uint8Array
          if (nowMs - lastFloodMs > scenario.floodEveryMs) {
            lastFloodMs = nowMs
            frame = flood
          } else if (seq % 10 === 9) frame = forwardOriginFrame(1_000_000 + seq)
          else frame = refusedChange(seq)
          seq++
          ws.send(frame)
          counts.frames++
          await new Promise((r) => setTimeout(r, 1000 / scenario.refusalsPerSecond))
        }
        ws.terminate()
        await closed
      }
    })
    return async () => {
      running = false
      await Promise.allSettled(loops)
    }
  }
}

export async function runAttackScenario(
  onFreshServer: <T>(run: (server: { url: string; pid: number }) => Promise<T>) => Promise<T>,
  scenario: AttackScenario,
): Promise<AttackResult> {
  const quiet = await onFreshServer(async (server) => {
    const probe = probeHealth(server.url)
    const result = await runScenario(server.url, server.pid, scenario)
    return { result, health: await probe.stop() }
  })
  const counts = { frames: 0, refusedUpgrades: 0, closes: {} as Record<string, number> }
  const attacked = await onFreshServer(async (server) => {
    const probe = probeHealth(server.url)
    const result = await runScenario(
      server.url,
      server.pid,
      scenario,
      attack(server.url, scenario, counts),
    )
    return { result, health: await probe.stop() }
  })
  return {
    scenario,
    quiet: quiet.result,
    attacked: attacked.result,
    healthzQuietP99Ms: percentile(quiet.health, 99),
    healthzAttackedP99Ms: percentile(attacked.health, 99),
    framesSent: counts.frames,
    upgradesRefused: counts.refusedUpgrades,
    attackerClosesByCode: counts.closes,
  }
}
