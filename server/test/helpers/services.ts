import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import pg from 'pg'

/**
 * The PostgreSQL and Redis the scale-out tests use for real. Where they are absent (a laptop),
 * those tests say so in one line and skip; under CI=true they fail instead, since CI has both.
 */

export const IN_CI = process.env.CI === 'true'
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** One statement on the test server's admin database, on a connection of its own. */
export async function adminQuery(sql: string): Promise<pg.QueryResult> {
  const client = new pg.Client({
    connectionString: ADMIN_DATABASE_URL,
    connectionTimeoutMillis: 3000,
  })
  await client.connect()
  try {
    return await client.query(sql)
  } finally {
    await client.end()
  }
}

/** Why PostgreSQL or Redis cannot be reached, or null when both answer. */
export async function servicesMissing(): Promise<string | null> {
  try {
    await adminQuery('SELECT 1')
  } catch (error) {
    return `PostgreSQL not reachable (${(error as Error).message})`
  }
  const redis = new Redis(TEST_REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  })
  redis.on('error', () => {})
  try {
    await redis.connect()
    await redis.ping()
  } catch (error) {
    return `Redis not reachable at ${TEST_REDIS_URL} (${(error as Error).message})`
  } finally {
    redis.disconnect()
  }
  return null
}

/** A database of its own on the test server, and a Redis key prefix of its own. */
export async function scaleOutPlace(): Promise<{
  databaseUrl: string
  redisPrefix: string
  drop(): Promise<void>
}> {
  const suffix = randomBytes(6).toString('hex')
  const name = `pactboard_test_${suffix}`
  await adminQuery(`CREATE DATABASE ${name}`)
  const url = new URL(ADMIN_DATABASE_URL)
  url.pathname = `/${name}`
  return {
    databaseUrl: url.toString(),
    redisPrefix: `pactboard-test-${suffix}`,
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}

/** Closes every pub/sub connection on the test Redis: a network blip, as the relay meets it. */
export async function dropRedisSubscribers(): Promise<void> {
  const redis = new Redis(TEST_REDIS_URL)
  try {
    await redis.client('KILL', 'TYPE', 'pubsub')
  } finally {
    redis.disconnect()
  }
}

/**
 * A Redis server of the test's own, on a free port, that the test can kill and start again: a
 * Redis restart as a deployment meets it. Needs `redis-server` on the PATH.
 */
export async function privateRedis(port: number): Promise<{
  url: string
  stop(): Promise<void>
  start(): Promise<void>
}> {
  const { spawn } = await import('node:child_process')
  let child: import('node:child_process').ChildProcess | null = null
  const url = `redis://127.0.0.1:${port}`
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    for (let attempt = 0; ; attempt++) {
      const probe = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      })
      probe.on('error', () => {})
      try {
        await probe.connect()
        await probe.ping()
        return
      } catch (error) {
        if (attempt > 100) throw error
        await new Promise((resolve) => setTimeout(resolve, 50))
      } finally {
        probe.disconnect()
      }
    }
  }
  const stop = async () => {
    const current = child
    if (!current) return
    child = null
    const exited = new Promise((resolve) => current.once('exit', resolve))
    current.kill('SIGKILL')
    await exited
  }
  await start()
  return { url, stop, start }
}

/**
 * A TCP proxy in front of PostgreSQL that the test can take down (every connection cut, new ones
 * refused) and bring back: the database unreachable, as the server meets it.
 */
export async function postgresProxy(target: URL): Promise<{
  url(database: string): string
  down(): void
  up(): void
  close(): Promise<void>
}> {
  const net = await import('node:net')
  const sockets = new Set<import('node:net').Socket>()
  let isUp = true
  const server = net.createServer((client) => {
    if (!isUp) return client.destroy()
    const upstream = net.connect(Number(target.port || 5432), target.hostname)
    for (const socket of [client, upstream]) {
      sockets.add(socket)
      socket.on('close', () => sockets.delete(socket))
      socket.on('error', () => {})
    }
    client.pipe(upstream).pipe(client)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.address() as import('node:net').AddressInfo).port
  return {
    url(database) {
      const url = new URL(target)
      url.hostname = '127.0.0.1'
      url.port = String(port)
      url.pathname = `/${database}`
      return url.toString()
    },
    down() {
      isUp = false
      for (const socket of sockets) socket.destroy()
    },
    up() {
      isUp = true
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
