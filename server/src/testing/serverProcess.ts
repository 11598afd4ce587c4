import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The built server (`server/dist/main.js`, what `npm start` runs) as a child process, for the
 * server's process tests, the e2e tests and the benchmark (`@pactboard/server/testing`). Node
 * only: no test runner. Building is the caller's business (turbo, or the test's own build).
 */

export const SERVER_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url))

export interface ProcessExit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface ServerProcessOptions {
  /** DATA_DIR. Without it, a fresh temporary folder, removed by `stop()`. */
  dataDir?: string
  /** The name the temporary DATA_DIR starts with. */
  tempPrefix?: string
  /** A fixed port (a restart comes back on it anyway); a free one when absent. */
  port?: number
  /** More environment for the server, over PORT, HOST, DATA_DIR and LOG_LEVEL=warn. */
  env?: Record<string, string>
  /** `inherit` passes the server's output through; `capture` keeps it for `output()`. */
  output?: 'inherit' | 'capture'
  /** How long /healthz may take to answer after a start. */
  readyTimeoutMs?: number
  /** Another build's main.js (the benchmark's baseline); SERVER_MAIN when absent. */
  main?: string
}

export interface ServerProcess {
  readonly url: string
  /** The sync socket's base URL: `${syncUrl}/${workshopId}/${doc}`. */
  readonly syncUrl: string
  readonly port: number
  readonly dataDir: string
  /** The current child (a new one after each restart). */
  readonly child: ChildProcess
  readonly pid: number
  /** Resolves when the current child exits. */
  readonly exited: Promise<ProcessExit>
  /** What the server wrote to stdout and stderr, with `output: 'capture'`. */
  output(): string
  /** Sends `signal` (unless the child has exited already) and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<ProcessExit>
  /** SIGTERM (clean) or SIGKILL (crash), then start again on the same port and data. */
  restart(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>
  /** SIGTERM, wait for the exit, and remove the DATA_DIR if it was a temporary one. */
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No port')),
      )
    })
  })
}

/** `node server/dist/main.js` on 127.0.0.1, resolved once /healthz answers. */
export async function startServerProcess(
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const ownsDataDir = options.dataDir === undefined
  const dataDir =
    options.dataDir ?? mkdtempSync(join(tmpdir(), options.tempPrefix ?? 'pactboard-server-'))
  const port = options.port ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const capture = options.output === 'capture'
  const readyTimeoutMs = options.readyTimeoutMs ?? 15_000
  let output = ''
  let child: ChildProcess
  let exited: Promise<ProcessExit>

  const launch = async () => {
    child = spawn(process.execPath, [options.main ?? SERVER_MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    })
    const append = (chunk: Buffer) => {
      output += chunk
    }
    child.stdout?.on('data', append)
    child.stderr?.on('data', append)
    const current = child
    exited = new Promise((resolve) =>
      current.once('exit', (code, signal) => resolve({ code, signal })),
    )
    const deadline = Date.now() + readyTimeoutMs
    while (Date.now() < deadline) {
      if (current.exitCode !== null || current.signalCode !== null) {
        const status = current.exitCode ?? current.signalCode
        throw new Error(`The server exited early (${status})${capture ? `:\n${output}` : ''}`)
      }
      const healthy = await fetch(`${url}/healthz`).then(
        (response) => response.ok,
        () => false, // not listening yet
      )
      if (healthy) return
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    current.kill('SIGKILL')
    throw new Error(`The server did not answer /healthz within ${readyTimeoutMs} ms`)
  }

  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exited
  }

  try {
    await launch()
  } catch (error) {
    if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  return {
    url,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    port,
    dataDir,
    get child() {
      return child
    },
    get pid() {
      return child.pid!
    },
    get exited() {
      return exited
    },
    output: () => output,
    kill,
    async restart(signal = 'SIGTERM') {
      await kill(signal)
      await launch()
    },
    async stop() {
      await kill('SIGTERM')
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
