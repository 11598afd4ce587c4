import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type CreateWorkshopResponse, type JoinResponse, listMeasures } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type ServerProcess, startServerProcess } from '../src/testing/serverProcess.ts'
import { connectClient, propose, type TestClient } from './helpers/clients.ts'
import { waitFor } from './helpers/waitFor.ts'

/**
 * A venue's worth of phones reconnecting at once after the server crashed and came back. The
 * server runs with a heap cap, so "admitted without running out of memory" is a crash the test
 * would see, not a figure it judges; the peak RSS is printed.
 */

const PHONES = 300
// One phone in ten writes before the crash, another one in ten while the server is down: every
// phone still reconnects and resyncs, and the test process is not buried under 300 × 300 relays.
const WRITES_BEFORE = (i: number) => i % 10 === 0
const WRITES_OFFLINE = (i: number) => i % 10 === 5
const BEFORE = PHONES / 10
const TOTAL = PHONES / 5
// A few times what the server holds at rest: a storm that buffered or copied per socket would
// need far more and abort the process.
const HEAP_CAP_MIB = 192

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** The most memory the process has held (Linux), in MiB. */
function peakRssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN)
  return kib / 1024
}

describe('300 phones reconnecting at once after a crash', () => {
  let server: ServerProcess
  const phones: TestClient[] = []
  const tokens: string[] = []

  beforeAll(() => {
    // every stock provider adds a process 'exit' listener of its own
    process.setMaxListeners(PHONES + 20)
    execFileSync(process.execPath, ['build.mjs'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      stdio: 'inherit',
    })
  })
  afterAll(async () => {
    for (const phone of phones.splice(0)) phone.destroy()
    await server?.stop()
  })

  it('[D1] admits every phone within a capped heap; all converge with nothing lost, offline edits included', async () => {
    server = await startServerProcess({
      tempPrefix: 'pactboard-storm-',
      output: 'capture',
      env: {
        NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MIB}`,
        RATE_LIMIT_JOIN_PER_MINUTE: '100000',
        CLIENT_DIST: '/nonexistent',
      },
    })
    const { workshop, joinCode } = await post<CreateWorkshopResponse>(
      `${server.url}/api/workshops`,
      { title: 'Full hall', city: 'Tampere' },
    )
    for (let i = 0; i < PHONES; i++) {
      const joined = await post<JoinResponse>(`${server.url}/api/join`, {
        code: joinCode,
        displayName: `Phone ${i}`,
      })
      tokens.push(joined.token)
      phones.push(
        connectClient(server.syncUrl, workshop.id, 'board', joined.token, new Y.Doc(), {
          jitteredReconnect: true,
        }),
      )
    }
    await Promise.all(phones.map((phone) => phone.synced()))
    for (const [i, phone] of phones.entries()) {
      if (WRITES_BEFORE(i)) propose(phone, `Before the crash ${i}`)
    }
    const everyoneHas = (count: number) => () => {
      if (server.child.exitCode !== null) throw new Error(`the server died:\n${server.output()}`)
      // the entry count, not listMeasures: parsing 300 boards every poll would make the test
      // process, not the server, the bottleneck
      return phones.every((phone) => phone.doc.getMap('measures').size === count)
    }
    await waitFor(everyoneHas(BEFORE), 'every phone to see every proposal', 60_000)

    expect((await server.kill('SIGKILL')).signal).toBe('SIGKILL')
    // While the server is down, everyone keeps writing on their phone.
    for (const [i, phone] of phones.entries()) {
      if (WRITES_OFFLINE(i)) propose(phone, `While it was down ${i}`)
    }
    await server.restart()

    await waitFor(everyoneHas(TOTAL), 'every phone to converge', 90_000)
    const reference = Y.encodeStateVector(phones[0]!.doc)
    for (const phone of phones) {
      expect(Y.encodeStateVector(phone.doc)).toEqual(reference)
      expect(listMeasures(phone.doc)).toHaveLength(TOTAL)
    }
    // What the phones converged on is what the server stored: a phone that never was connected
    // before loads all of it.
    const readBack = connectClient(server.syncUrl, workshop.id, 'board', tokens[0]!)
    phones.push(readBack)
    await readBack.synced()
    expect(listMeasures(readBack.doc)).toHaveLength(TOTAL)
    expect(server.child.exitCode).toBeNull()
    console.info(
      `reconnect storm: ${PHONES} phones converged; server peak RSS ${peakRssMiB(server.pid).toFixed(0)} MiB (heap capped at ${HEAP_CAP_MIB} MiB)`,
    )
  }, 240_000)
})
