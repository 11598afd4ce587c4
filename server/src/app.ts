import { join } from 'node:path'
import fastifyCookie from '@fastify/cookie'
import fastifyWebsocket from '@fastify/websocket'
import Fastify, { type FastifyInstance, type FastifyLoggerOptions } from 'fastify'
import type { WebSocket } from 'ws'
import { createAccountLinks } from './auth/accountLinks.ts'
import { createFollowLinks } from './auth/followLinks.ts'
import { createInvites } from './auth/invites.ts'
import { createSessions } from './auth/sessions.ts'
import { createTokens } from './auth/tokens.ts'
import type { Config } from './config.ts'
import type { AppContext } from './context.ts'
import { registerErrorHandler } from './errors.ts'
import { registerRateLimit } from './http/rateLimit.ts'
import { loggerOptions, redactingStream } from './http/redact.ts'
import { registerSecurityHeaders } from './http/securityHeaders.ts'
import { Metrics } from './metrics.ts'
import { ActivityClock } from './privacy/ActivityClock.ts'
import { deleteWorkshop } from './privacy/deleteWorkshop.ts'
import { RetentionJob } from './privacy/RetentionJob.ts'
import { storeReadinessCheck } from './readiness.ts'
import { NO_RELAY } from './relay/Relay.ts'
import { accessibilityRoutes } from './routes/accessibility/index.ts'
import { accountRoutes } from './routes/account/index.ts'
import { candidateRoutes } from './routes/candidates/index.ts'
import { registerClientApp } from './routes/clientApp.ts'
import { commitmentRoutes } from './routes/commitments/index.ts'
import { exportRoutes } from './routes/exports/index.ts'
import { healthRoutes } from './routes/health/index.ts'
import { inviteRoutes } from './routes/invites/index.ts'
import { joinRoutes } from './routes/join/index.ts'
import { libraryRoutes } from './routes/libraries/index.ts'
import { moderationRoutes } from './routes/moderation/index.ts'
import { myProposalRoutes } from './routes/myProposals/index.ts'
import { organisationRoutes } from './routes/organisations/index.ts'
import { participantRoutes } from './routes/participants/index.ts'
import { privacyRoutes } from './routes/privacy/index.ts'
import { publicationRoutes } from './routes/publication/index.ts'
import { syncRoutes } from './routes/sync/index.ts'
import { SyncWebSocket } from './routes/sync/SyncWebSocket.ts'
import { timeRoutes } from './routes/time/index.ts'
import { versionRoutes } from './routes/versions/index.ts'
import { voteRoutes } from './routes/votes/index.ts'
import { VoteResults } from './routes/votes/VoteResults.ts'
import { workshopRoutes } from './routes/workshops/index.ts'
import { workspaceRoutes } from './routes/workspace/index.ts'
import { workspaceOrganisationRoutes } from './routes/workspaceOrganisations/index.ts'
import { workspacePlanRoutes } from './routes/workspacePlan/index.ts'
import { workspaceRegisterRoutes } from './routes/workspaceRegister/index.ts'
import { DataDirLock } from './storage/DataDirLock.ts'
import { SqliteStore } from './storage/SqliteStore.ts'
import type { Store } from './storage/Store.ts'
import type { DocPolicies } from './sync/DocPolicy.ts'
import { DOC_POLICIES } from './sync/policies/index.ts'
import { RoomRegistry } from './sync/RoomRegistry.ts'

export const DATABASE_FILE = 'pactboard.sqlite'

// How long shutdown waits for clients to answer our close frames before cutting them off.
const SOCKET_CLOSE_WAIT_MS = 1000

export interface BuiltApp {
  app: FastifyInstance
  context: AppContext
}

/**
 * The whole server as one Fastify instance, not yet listening: tests `inject()` into it or
 * `listen({ port: 0 })`. Closing it closes the sockets (1001), compacts the docs and closes the
 * store.
 */
export interface BuildOptions {
  /** Another store than the one the config names (DATABASE_URL, else SQLite in DATA_DIR). */
  store?: Store
  /** Updates a doc piles up before it is compacted into a snapshot. */
  compactAfterUpdates?: number
  /** Other doc policies than DOC_POLICIES: tests switch one off to show their attack lands. */
  policies?: DocPolicies
  /** Where the log goes instead of stdout (tests that read what was logged). */
  logStream?: FastifyLoggerOptions['stream']
  /** The clock of activity and retention ([G3]); tests move it instead of waiting. */
  now?: () => Date
}

export async function buildApp(config: Config, options: BuildOptions = {}): Promise<BuiltApp> {
  const app = Fastify({
    // Sync URLs, invite links and headers carry tokens; none may end up in the logs.
    logger: {
      ...loggerOptions(config.logLevel),
      stream: redactingStream(options.logStream ?? process.stdout, [
        config.metricsToken,
        config.secret,
      ]),
    },
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.maxApiBodyBytes,
    // Join codes and ids never need more; keeps the router's work bounded.
    routerOptions: { maxParamLength: 200 },
  })
  // The embedded store is one process's: a second on the same DATA_DIR stops here, before it
  // could compact away the first one's edits (DataDirLock).
  const dataDirLock =
    options.store || config.databaseUrl ? null : DataDirLock.acquire(config.dataDir)
  // PostgreSQL's and Redis's clients load only when configured: one machine on SQLite never
  // carries them (test/bundle.test.ts).
  const store =
    options.store ??
    (config.databaseUrl
      ? await (await import('./storage/PostgresStore.ts')).PostgresStore.open(config.databaseUrl, {
          onIdleError: (error) => app.log.warn({ err: error }, 'idle PostgreSQL connection failed'),
        })
      : new SqliteStore(join(config.dataDir, DATABASE_FILE)))
  const metrics = new Metrics()
  const now = options.now ?? (() => new Date())
  const activity = new ActivityClock({ store, now, log: app.log })
  const redis = config.redisUrl
    ? await (await import('./relay/RedisRelay.ts')).RedisRelay.connect({
        url: config.redisUrl,
        prefix: config.redisPrefix,
        onError: (error) => app.log.warn({ err: error }, 'Redis relay'),
        onLag: (seconds) => metrics.observeRelayLag(seconds),
      })
    : null
  const relay = redis ?? NO_RELAY
  const registry = new RoomRegistry({
    relay,
    store,
    metrics,
    log: app.log,
    unloadGraceMs: config.docUnloadGraceMs,
    maxMessageBytes: config.maxMessageBytes,
    maxMessagesPerSecond: config.maxMessagesPerSecond,
    maxBytesPerSecond: config.maxBytesPerSecond,
    maxRebuildsPerMinute: config.maxRebuildsPerMinute,
    maxStructsPerUpdate: config.maxStructsPerUpdate,
    maxDocBytes: config.maxDocBytes,
    maxPresenceStateChars: config.maxPresenceStateChars,
    policies: options.policies ?? DOC_POLICIES,
    compactAfterUpdates: options.compactAfterUpdates,
    onActivity: (workshopId) => activity.note(workshopId),
  })
  const context: AppContext = {
    config,
    store,
    tokens: createTokens({
      secret: config.secret,
      standing: (claims) => store.participantStanding(claims.workshopId, claims.participantId),
    }),
    invites: createInvites({ secret: config.secret }),
    sessions: createSessions({ config, accounts: store.accounts }),
    accountLinks: createAccountLinks({ secret: config.secret }),
    followLinks: createFollowLinks({ secret: config.secret }),
    registry,
    metrics,
    readinessChecks: [
      storeReadinessCheck(store),
      ...(redis ? [{ name: 'redis', check: () => redis.ping() }] : []),
    ],
    voteResults: new VoteResults(store, registry),
    retention: config.retentionDays
      ? new RetentionJob({
          retentionDays: config.retentionDays,
          now,
          listInactive: (before, limit) => store.listInactiveWorkshops(before, limit),
          isInUse: (workshopId) => registry.hasConnections(workshopId),
          deleteWorkshop: (workshopId) => deleteWorkshop({ store, registry }, workshopId),
          log: app.log,
        })
      : null,
  }

  registerErrorHandler(app)
  await registerSecurityHeaders(app)
  await app.register(fastifyCookie)
  // Before the routes: the plugin reads each route's limit as the route is added.
  await registerRateLimit(app, context.tokens)
  await app.register(fastifyWebsocket, {
    // ws takes any subclass of its WebSocket here; its types (as the plugin re-exports them)
    // want the module's merged class-and-namespace type, which no subclass has.
    options: { maxPayload: config.maxMessageBytes, WebSocket: SyncWebSocket as never },
    errorHandler(error, socket, request) {
      request.log.debug({ err: error }, 'sync socket error')
      // ws has already started closing (e.g. 4413 for an oversized frame): let the close frame
      // reach the client instead of cutting the connection under it.
      if (socket.readyState === socket.OPEN) socket.terminate()
    },
    async preClose() {
      await registry.shutdown()
      await closeSockets(app.websocketServer.clients)
      app.websocketServer.close()
    },
  })
  app.addHook('onClose', async () => {
    await context.retention?.stop()
    await relay.close()
    await store.close()
    dataDirLock?.release()
  })

  await app.register(healthRoutes, context)
  await app.register(timeRoutes, context)
  await app.register(workshopRoutes, context)
  await app.register(joinRoutes, context)
  await app.register(exportRoutes, context)
  await app.register(inviteRoutes, context)
  await app.register(versionRoutes, context)
  await app.register(commitmentRoutes, context)
  await app.register(organisationRoutes, context)
  await app.register(publicationRoutes, context)
  await app.register(participantRoutes, context)
  await app.register(voteRoutes, context)
  await app.register(moderationRoutes, context)
  await app.register(syncRoutes, context)
  await app.register(privacyRoutes, context)
  await app.register(accessibilityRoutes, context)
  await app.register(accountRoutes, context)
  await app.register(workspaceRoutes, context)
  await app.register(candidateRoutes, context)
  await app.register(workspacePlanRoutes, context)
  await app.register(libraryRoutes, context)
  await app.register(workspaceOrganisationRoutes, context)
  await app.register(myProposalRoutes, context)
  await app.register(workspaceRegisterRoutes, context)
  await registerClientApp(app, config.clientDist)
  context.retention?.start()
  return { app, context }
}

/** A hop count as the function Fastify's types ask for (its runtime takes the number too). */
function trustProxyOption(trust: Config['trustProxy']): boolean | string[] | TrustProxyHop {
  return typeof trust === 'number' ? (_address, hop) => hop < trust : trust
}
type TrustProxyHop = (address: string, hop: number) => boolean

async function closeSockets(clients: Set<WebSocket>): Promise<void> {
  const open = [...clients]
  for (const socket of open) socket.close(1001, 'Server shutting down')
  const closed = Promise.all(
    open.map((socket) =>
      socket.readyState === socket.CLOSED
        ? null
        : new Promise((resolve) => socket.once('close', resolve)),
    ),
  )
  const timeout = new Promise((resolve) => setTimeout(resolve, SOCKET_CLOSE_WAIT_MS).unref())
  await Promise.race([closed, timeout])
  for (const socket of open) if (socket.readyState !== socket.CLOSED) socket.terminate()
}
