import { type ChildProcess, spawn } from 'node:child_process'
import { freePort } from '@pactboard/server/testing'

/**
 * A reference server's launcher (bench/references/*.mjs) as a child process on 127.0.0.1 and a
 * free port, ready once its HTTP handler answers; the counterpart of Pactboard's
 * startServerProcess. Stopping is SIGTERM, on which Hocuspocus stores what it holds.
 */
export interface ReferenceServer {
  readonly port: number
  readonly pid: number
  stop(): Promise<void>
}

const READY_TIMEOUT_MS = 15_000

export async function startReferenceServer(
  script: string,
  env: Record<string, string> = {},
): Promise<ReferenceServer> {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const deadline = Date.now() + READY_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${script} exited early:\n${output}`)
    }
    const ready = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false, // not listening yet
    )
    if (ready) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`${script} did not answer within ${READY_TIMEOUT_MS} ms:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    port,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
