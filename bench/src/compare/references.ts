import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * bench/references: the reference servers (@y/websocket-server in memory and storing before it
 * relays, Hocuspocus with its SQLite extension) and the Hocuspocus provider, in a package of their own with its own lockfile. The
 * workspace's `npm install` never sees it, so CI neither builds sqlite3 nor downloads them; the
 * comparison installs it on first use (`npm ci`, a minute or two: sqlite3 builds from source).
 */

export const referencesDir = new URL('../../references/', import.meta.url)

const path = (name: string) => fileURLToPath(new URL(name, referencesDir))

/** Installs bench/references when its node_modules is missing or older than its lockfile. */
export function ensureReferencesInstalled(): void {
  const installed = path('node_modules/.package-lock.json')
  const lock = path('package-lock.json')
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return
  process.stdout.write('installing the reference servers in bench/references (once)…\n')
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: fileURLToPath(referencesDir),
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`npm ci in bench/references failed (${result.status})`)
}

export const Y_WEBSOCKET_SERVER = path('yWebsocketServer.mjs')
export const HOCUSPOCUS_SERVER = path('hocuspocusServer.mjs')
export const Y_WEBSOCKET_STORED = path('yWebsocketServerStored.mjs')

/** The installed version of a reference package, for the report. */
export function referenceVersion(name: string): string {
  const file = path(`node_modules/${name}/package.json`)
  if (!existsSync(file)) return 'not installed'
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}
