import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  DocName,
  JoinRequest,
  JoinResponse,
  Role,
  TokenClaims,
} from '@pactboard/shared'
import type { FastifyInstance } from 'fastify'
import * as Y from 'yjs'
import { type BuildOptions, buildApp } from '../../src/app.ts'
import { loadConfig } from '../../src/config.ts'
import type { AppContext } from '../../src/context.ts'

/** A real server on a free port with its own temporary DATA_DIR, quiet. */
export interface TestServer {
  app: FastifyInstance
  url: string
  syncUrl: string
  context: AppContext
  dataDir: string
  /** A workshop made over the API (201 or it throws): 'Climate evening' in Umeå unless `request` says. */
  createWorkshop(request?: Partial<CreateWorkshopRequest>): Promise<CreateWorkshopResponse>
  join(code: string, extra?: Partial<JoinRequest>): Promise<JoinResponse>
  /** What the store holds of a doc (snapshot and updates), read back into a fresh doc. */
  storedDoc(workshopId: string, doc: DocName): Promise<Y.Doc>
  /** A token the API would not hand out (observer, planner, or another workshop's). */
  tokenFor(workshopId: string, role: Role, participantId?: string): Promise<string>
  close(): Promise<void>
}

export async function startServer(
  env: Record<string, string> = {},
  options: BuildOptions = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pactboard-test-'))
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    PORT: '0',
    CLIENT_DIST: join(dataDir, 'no-client'),
    ...env,
  })
  const { app, context } = await buildApp(config, options)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('No port')
  const url = `http://127.0.0.1:${address.port}`

  /** POSTs `body`; throws unless the answer is 2xx, or exactly `status` when given. */
  const post = async <T>(path: string, body: unknown, status?: number): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (status === undefined ? !response.ok : response.status !== status)
      throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }

  return {
    app,
    url,
    syncUrl: `ws://127.0.0.1:${address.port}/sync`,
    context,
    dataDir,
    createWorkshop: (request = {}) =>
      post<CreateWorkshopResponse>(
        '/api/workshops',
        { title: 'Climate evening', city: 'Umeå', ...request },
        201,
      ),
    join: (code, extra = {}) =>
      post<JoinResponse>('/api/join', { code, displayName: 'Anna', ...extra }),
    async storedDoc(workshopId, doc) {
      const stored = await context.store.loadDoc({ workshopId, doc })
      const ydoc = new Y.Doc()
      for (const update of stored.updates) Y.applyUpdate(ydoc, update)
      return ydoc
    },
    tokenFor(workshopId, role, participantId = `p-${role}`) {
      const claims: TokenClaims = { workshopId, participantId, role, actorId: null }
      return context.tokens.sign(claims, 1)
    },
    async close() {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
