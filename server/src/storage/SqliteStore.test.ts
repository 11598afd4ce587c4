import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SqliteStore } from './SqliteStore.ts'
import { storeContract } from './storeContract.ts'

storeContract('SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pactboard-store-'))
  return {
    open: () => new SqliteStore(join(dir, 'pactboard.sqlite')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  }
})
