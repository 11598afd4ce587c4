import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { waitFor } from './waitFor.ts'

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url))

/** Builds dist/main.js, the artefact `npm start` runs, so the process tests use the real thing. */
export function buildServer(): void {
  execFileSync(process.execPath, ['build.mjs'], { cwd: SERVER_DIR, stdio: 'inherit' })
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('No port')
  return address.port
}

export interface ServerProcess {
  child: ChildProcess
  url: string
  syncUrl: string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output(): string
}

/** `node dist/main.js` on a free port and `dataDir`, ready when /healthz answers. */
export async function spawnServer(dataDir: string): Promise<ServerProcess> {
  const port = await freePort()
  const child = spawn(process.execPath, ['dist/main.js'], {
    cwd: SERVER_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      CLIENT_DIST: `${dataDir}/no-client`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const url = `http://127.0.0.1:${port}`
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`)
      return fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    },
    'the server to answer',
    10_000,
  )
  return { child, url, syncUrl: `ws://127.0.0.1:${port}/sync`, exited, output: () => output }
}
