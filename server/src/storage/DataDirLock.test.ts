import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirInUseError, DataDirLock } from './DataDirLock.ts'

describe('DataDirLock', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a second holder of one DATA_DIR with a clear message, and frees it on release', () => {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-lock-'))
    const first = DataDirLock.acquire(dir)
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirInUseError)
    expect(() => DataDirLock.acquire(dir)).toThrow(
      /Another Pactboard server is running on DATA_DIR/,
    )
    first.release()
    DataDirLock.acquire(dir).release()
  })

  it('is free again once its process was killed with SIGKILL', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pactboard-lock-'))
    const lockModule = new URL('./DataDirLock.ts', import.meta.url).pathname
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import(${JSON.stringify(lockModule)}).then(({ DataDirLock }) => { DataDirLock.acquire(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000) })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
    expect(() => DataDirLock.acquire(dir)).toThrow(DataDirInUseError)
    const exited = new Promise((resolve) => holder.once('exit', resolve))
    holder.kill('SIGKILL')
    await exited
    DataDirLock.acquire(dir).release()
  })
})
