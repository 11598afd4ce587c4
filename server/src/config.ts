import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  type AccessibilityStatementResponse,
  LANGUAGES,
  type PrivacyNoticeResponse,
} from '@pactboard/shared'
import { z } from 'zod'

/**
 * The server's one configuration object, read from the environment once at boot. Nothing else
 * reads `process.env`; bad values stop the process with a message naming the variable.
 */
export interface Config {
  port: number
  host: string
  /** Absolute path; holds the SQLite database and, when generated, the secret. */
  dataDir: string
  /**
   * PostgreSQL's connection string; when set the store is PostgreSQL (several server processes
   * on one database) instead of the SQLite file in dataDir.
   */
  databaseUrl: string | null
  /**
   * Redis' connection string; when set, instances relay updates and presence to each other
   * through it (relay/RedisRelay.ts). Only useful beside databaseUrl: instances share a store.
   */
  redisUrl: string | null
  /** Keeps deployments sharing one Redis apart. */
  redisPrefix: string
  /** HMAC key of the tokens. */
  secret: string
  maxMessageBytes: number
  maxApiBodyBytes: number
  maxMessagesPerSecond: number
  /** Per connection, with a ten-second burst. */
  maxBytesPerSecond: number
  /** Refused changes that cost a rebuild, per connection and minute. */
  maxRebuildsPerMinute: number
  maxStructsPerUpdate: number
  /** What clients may grow one doc to. */
  maxDocBytes: number
  maxPresenceStateChars: number
  docUnloadGraceMs: number
  participantTokenTtlHours: number
  facilitatorTokenTtlHours: number
  /** Staff sessions (docs/workspaces.md): how long one lasts unused; each use extends it. */
  sessionTtlDays: number
  /**
   * The session cookie's `Secure` flag: on whenever the app is served over https (a browser
   * never sends a Secure cookie over plain http, so a plain-http venue laptop needs it off).
   */
  cookieSecure: boolean
  /** A staff member's workshop token, renewed from the session before it runs out. */
  staffTokenTtlMinutes: number
  /** Where people open the app (the admin CLI's links start with it); null: http://localhost:PORT. */
  publicUrl: string | null
  /** Absolute path of the built client; served when it exists. */
  clientDist: string
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /**
   * Fastify's `trustProxy`: which proxies' `X-Forwarded-For` names the client. `false` takes the
   * socket's address, which behind nginx is nginx's, so every client would share one rate limit.
   */
  trustProxy: boolean | number | string[]
  /** Requests per minute on the routes an attacker would flood (see RateLimits). */
  rateLimits: RateLimits
  /** When set, `/metrics` wants `Authorization: Bearer <metricsToken>`. */
  metricsToken: string | null
  /** [G3] Workshops are deleted this many days after their last activity; null: never. */
  retentionDays: number | null
  /** What the notice before joining says about this deployment (GET /api/privacy). */
  privacy: PrivacyNoticeResponse
  /** What the accessibility statement says about this deployment (GET /api/accessibility). */
  accessibility: AccessibilityStatementResponse
}

/**
 * Per minute, fixed window. Join, create and import count per client address (they carry no
 * token); votes and reports per participant, so one venue's NAT is not one voter.
 */
export interface RateLimits {
  joinPerMinute: number
  createWorkshopPerMinute: number
  importPerMinute: number
  reportsPerMinute: number
  votesPerMinute: number
  /** Sync sockets opened per participant (four a page load, one per doc). */
  syncConnectionsPerMinute: number
  /** [W11] "What happened to my proposals" per participant: each reads two docs, maybe cold. */
  myProposalsPerMinute: number
  /** Staff sign-in attempts per client address. */
  signInPerMinute: number
  /** Staff sign-in attempts per email, from any address (password guessing spread over a botnet). */
  signInPerEmailPerMinute: number
  /** Reads of a public plan page per client address ([P28]): anyone may ask, nobody endlessly. */
  publicPlanPerMinute: number
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

const MIN_SECRET_CHARS = 32
const SECRET_FILE = 'secret'
const MIN_METRICS_TOKEN_CHARS = 16

// Relative to this module: server/src/config.ts under tsx and server/dist/main.js once built both
// sit two levels below the repository root.
const DEFAULT_CLIENT_DIST = fileURLToPath(new URL('../../client/dist', import.meta.url))

const int = (fallback: number, min: number) => z.coerce.number().int().min(min).default(fallback)

// proxy-addr's names for address ranges, accepted by Fastify's trustProxy beside addresses.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  if (rest.length > 0 || isIP(address) === 0) return false
  return prefix === undefined || /^\d{1,3}$/.test(prefix)
}

/** `false` (default), `true`, a hop count, or a comma-separated list of addresses/CIDRs. */
const trustProxySchema = z
  .string()
  .trim()
  .default('false')
  .transform((value, ctx): boolean | number | string[] => {
    if (value === '' || value === 'false') return false
    if (value === 'true') return true
    if (/^\d+$/.test(value)) return Number(value)
    const entries = value.split(',').map((entry) => entry.trim())
    const bad = entries.filter((entry) => !isProxyAddress(entry))
    if (bad.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `not true/false, a hop count, nor addresses/CIDRs: ${bad.join(', ')}`,
      })
      return z.NEVER
    }
    return entries
  })

/**
 * Unset or empty: null. Otherwise a URL with one of `protocols`; one that does not parse or has
 * another protocol is refused with `expected`. Never echoed: a database's URL may hold a password.
 */
function optionalUrl(protocols: readonly string[], expected: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx): string | null => {
      if (!value) return null
      try {
        if (protocols.includes(new URL(value).protocol)) return value
      } catch {}
      ctx.addIssue({ code: 'custom', message: expected })
      return z.NEVER
    })
}

/** Unset or empty: no relay. */
const redisUrlSchema = optionalUrl(['redis:', 'rediss:'], 'not a URL like redis://host:6379')

/** Unset or empty: SQLite. */
const databaseUrlSchema = optionalUrl(
  ['postgres:', 'postgresql:'],
  'must be a URL like postgres://user@host:5432/db (or postgresql://)',
)

const MAX_NOTICE_CHARS = 4000

/** PRIVACY_NOTICE_FILE: `{ "en": "…", "sv": "…" }`, plain text, paragraphs apart by a blank line. */
const noticeFileSchema = z
  .partialRecord(z.enum(LANGUAGES), z.string().trim().min(1).max(MAX_NOTICE_CHARS))
  .refine((notices) => Object.keys(notices).length > 0, 'names no language')

/** Unset or empty: none. Otherwise an http(s) URL the notice links to. */
const policyUrlSchema = optionalUrl(['https:', 'http:'], 'not an http(s) URL')

const envSchema = z.object({
  PORT: int(8080, 0).pipe(z.number().max(65535)),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: databaseUrlSchema,
  REDIS_URL: redisUrlSchema,
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'letters, digits, _ . - only')
    .default('pactboard'),
  PACTBOARD_SECRET: z
    .string()
    .min(MIN_SECRET_CHARS, `must be at least ${MIN_SECRET_CHARS} characters`)
    .optional(),
  MAX_MESSAGE_BYTES: int(1024 * 1024, 1024),
  MAX_API_BODY_BYTES: int(64 * 1024, 1024),
  MAX_MESSAGES_PER_SECOND: int(500, 1),
  MAX_BYTES_PER_SECOND: int(256 * 1024, 1024),
  MAX_REBUILDS_PER_MINUTE: int(10, 1),
  MAX_STRUCTS_PER_UPDATE: int(20_000, 100),
  MAX_DOC_BYTES: int(32 * 1024 * 1024, 64 * 1024),
  MAX_PRESENCE_STATE_CHARS: int(8 * 1024, 256),
  DOC_UNLOAD_GRACE_MS: int(30_000, 0),
  TOKEN_TTL_HOURS: int(24, 1),
  FACILITATOR_TOKEN_TTL_HOURS: int(30 * 24, 1),
  SESSION_TTL_DAYS: int(30, 1),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  STAFF_TOKEN_TTL_MINUTES: int(60, 5),
  PUBLIC_URL: policyUrlSchema,
  CLIENT_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: trustProxySchema,
  RATE_LIMIT_JOIN_PER_MINUTE: int(60, 1),
  RATE_LIMIT_CREATE_WORKSHOP_PER_MINUTE: int(20, 1),
  RATE_LIMIT_IMPORT_PER_MINUTE: int(5, 1),
  RATE_LIMIT_REPORTS_PER_MINUTE: int(20, 1),
  RATE_LIMIT_VOTES_PER_MINUTE: int(120, 1),
  RATE_LIMIT_SYNC_CONNECTIONS_PER_MINUTE: int(120, 4),
  RATE_LIMIT_MY_PROPOSALS_PER_MINUTE: int(30, 1),
  RATE_LIMIT_SIGN_IN_PER_MINUTE: int(20, 1),
  RATE_LIMIT_SIGN_IN_PER_EMAIL_PER_MINUTE: int(5, 1),
  RATE_LIMIT_PUBLIC_PLAN_PER_MINUTE: int(120, 1),
  METRICS_TOKEN: z
    .string()
    .min(MIN_METRICS_TOKEN_CHARS, `must be at least ${MIN_METRICS_TOKEN_CHARS} characters`)
    .optional(),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).optional(),
  PRIVACY_CONTROLLER: z.string().trim().max(300).optional(),
  PRIVACY_POLICY_URL: policyUrlSchema,
  PRIVACY_NOTICE_FILE: z.string().trim().optional(),
  ACCESSIBILITY_CONTACT: z.string().trim().max(300).optional(),
})

/** Reads and validates the environment; throws a ConfigError listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  // A frame must fit in a connection's byte burst, or the largest allowed frame could never pass.
  if (e.MAX_BYTES_PER_SECOND * 10 < e.MAX_MESSAGE_BYTES) {
    throw new ConfigError(
      'Invalid configuration:\n  MAX_BYTES_PER_SECOND: ten seconds of it must hold MAX_MESSAGE_BYTES',
    )
  }
  const dataDir = resolve(cwd, e.DATA_DIR)
  try {
    mkdirSync(dataDir, { recursive: true })
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dataDir} cannot be created: ${(error as Error).message}`)
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    secret: e.PACTBOARD_SECRET ?? readOrCreateSecret(dataDir),
    maxMessageBytes: e.MAX_MESSAGE_BYTES,
    maxApiBodyBytes: e.MAX_API_BODY_BYTES,
    maxMessagesPerSecond: e.MAX_MESSAGES_PER_SECOND,
    maxBytesPerSecond: e.MAX_BYTES_PER_SECOND,
    maxRebuildsPerMinute: e.MAX_REBUILDS_PER_MINUTE,
    maxStructsPerUpdate: e.MAX_STRUCTS_PER_UPDATE,
    maxDocBytes: e.MAX_DOC_BYTES,
    maxPresenceStateChars: e.MAX_PRESENCE_STATE_CHARS,
    docUnloadGraceMs: e.DOC_UNLOAD_GRACE_MS,
    participantTokenTtlHours: e.TOKEN_TTL_HOURS,
    facilitatorTokenTtlHours: e.FACILITATOR_TOKEN_TTL_HOURS,
    sessionTtlDays: e.SESSION_TTL_DAYS,
    cookieSecure: e.COOKIE_SECURE === 'true',
    staffTokenTtlMinutes: e.STAFF_TOKEN_TTL_MINUTES,
    publicUrl: e.PUBLIC_URL,
    clientDist: e.CLIENT_DIST ? resolve(cwd, e.CLIENT_DIST) : DEFAULT_CLIENT_DIST,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    rateLimits: {
      joinPerMinute: e.RATE_LIMIT_JOIN_PER_MINUTE,
      createWorkshopPerMinute: e.RATE_LIMIT_CREATE_WORKSHOP_PER_MINUTE,
      importPerMinute: e.RATE_LIMIT_IMPORT_PER_MINUTE,
      reportsPerMinute: e.RATE_LIMIT_REPORTS_PER_MINUTE,
      votesPerMinute: e.RATE_LIMIT_VOTES_PER_MINUTE,
      syncConnectionsPerMinute: e.RATE_LIMIT_SYNC_CONNECTIONS_PER_MINUTE,
      myProposalsPerMinute: e.RATE_LIMIT_MY_PROPOSALS_PER_MINUTE,
      signInPerMinute: e.RATE_LIMIT_SIGN_IN_PER_MINUTE,
      signInPerEmailPerMinute: e.RATE_LIMIT_SIGN_IN_PER_EMAIL_PER_MINUTE,
      publicPlanPerMinute: e.RATE_LIMIT_PUBLIC_PLAN_PER_MINUTE,
    },
    metricsToken: e.METRICS_TOKEN ?? null,
    retentionDays: e.RETENTION_DAYS ?? null,
    privacy: {
      controller: e.PRIVACY_CONTROLLER || null,
      policyUrl: e.PRIVACY_POLICY_URL,
      retentionDays: e.RETENTION_DAYS ?? null,
      notices: e.PRIVACY_NOTICE_FILE ? readNoticeFile(resolve(cwd, e.PRIVACY_NOTICE_FILE)) : {},
    },
    accessibility: { contact: e.ACCESSIBILITY_CONTACT || null },
  }
}

/** The deployment's own notice texts, checked at boot like every other setting. */
function readNoticeFile(path: string): PrivacyNoticeResponse['notices'] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration:\n  PRIVACY_NOTICE_FILE: ${path}: ${(error as Error).message}`,
    )
  }
  const parsed = noticeFileSchema.safeParse(json)
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (i) => `  PRIVACY_NOTICE_FILE ${i.path.join('.')}: ${i.message}`,
    )
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`)
  }
  return parsed.data
}

/**
 * The secret must survive restarts (or every token dies with the process), so a generated one is
 * kept beside the data it protects, readable by the owner only.
 */
function readOrCreateSecret(dataDir: string): string {
  const path = join(dataDir, SECRET_FILE)
  try {
    return readExisting(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const secret = randomBytes(48).toString('base64url')
  try {
    // 'wx' fails if another process won the race; then theirs is the secret.
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' })
    return secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readExisting(path)
    throw new ConfigError(`Cannot write the secret to ${path}: ${(error as Error).message}`)
  }
}

function readExisting(path: string): string {
  const secret = readFileSync(path, 'utf8').trim()
  if (secret.length < MIN_SECRET_CHARS) {
    throw new ConfigError(`${path} holds a secret shorter than ${MIN_SECRET_CHARS} characters`)
  }
  return secret
}
