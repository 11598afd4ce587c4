import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  CreateWorkshopResponse,
  JoinRequest,
  JoinResponse,
  Role,
  TokenClaims,
} from '@pactboard/shared'
import type { FastifyInstance } from 'fastify'
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
  createWorkshop(): Promise<CreateWorkshopResponse>
  join(code: string, extra?: Partial<JoinRequest>): Promise<JoinResponse>
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

  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return (await response.json()) as T
  }

  return {
    app,
    url,
    syncUrl: `ws://127.0.0.1:${address.port}/sync`,
    context,
    dataDir,
    createWorkshop: () =>
      post<CreateWorkshopResponse>('/api/workshops', { title: 'Climate evening', city: 'Umeå' }),
    join: (code, extra = {}) =>
      post<JoinResponse>('/api/join', { code, displayName: 'Anna', ...extra }),
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
