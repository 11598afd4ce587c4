import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('config', () => {
  const dirs: string[] = []
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pactboard-config-'))
    dirs.push(dir)
    return dir
  }
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('has defaults for everything and resolves DATA_DIR from the working directory', () => {
    const cwd = tempDir()
    const config = loadConfig({}, cwd)
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: join(cwd, 'data'),
      maxMessageBytes: 1024 * 1024,
      docUnloadGraceMs: 30_000,
      participantTokenTtlHours: 24,
    })
    expect(config.clientDist).toMatch(/client[/\\]dist$/)
  })

  it('generates a secret once, keeps it in DATA_DIR readable by the owner only', () => {
    const dataDir = tempDir()
    const first = loadConfig({ DATA_DIR: dataDir })
    expect(first.secret.length).toBeGreaterThanOrEqual(32)
    expect(statSync(join(dataDir, 'secret')).mode & 0o777).toBe(0o600)
    expect(loadConfig({ DATA_DIR: dataDir }).secret).toBe(first.secret)
  })

  it('uses PACTBOARD_SECRET when set', () => {
    const secret = 'x'.repeat(40)
    expect(loadConfig({ DATA_DIR: tempDir(), PACTBOARD_SECRET: secret }).secret).toBe(secret)
  })

  it('refuses bad values naming the variable', () => {
    const bad = () => loadConfig({ DATA_DIR: tempDir(), PORT: 'eighty', PACTBOARD_SECRET: 'short' })
    expect(bad).toThrow(ConfigError)
    expect(bad).toThrow(/PORT/)
    expect(bad).toThrow(/PACTBOARD_SECRET/)
  })

  it('trusts no proxy, limits the flooded routes and leaves /metrics open by default', () => {
    const config = loadConfig({ DATA_DIR: tempDir() })
    expect(config.trustProxy).toBe(false)
    expect(config.rateLimits).toEqual({
      joinPerMinute: 60,
      createWorkshopPerMinute: 20,
      importPerMinute: 5,
      reportsPerMinute: 20,
      votesPerMinute: 120,
      syncConnectionsPerMinute: 120,
      myProposalsPerMinute: 30,
      signInPerMinute: 20,
      signInPerEmailPerMinute: 5,
      publicPlanPerMinute: 120,
    })
    expect(config.cookieSecure).toBe(false)
    expect(config.sessionTtlDays).toBe(30)
    expect(config.metricsToken).toBeNull()
  })

  it('reads TRUST_PROXY as a boolean, a hop count or a list of addresses', () => {
    const trustProxy = (TRUST_PROXY: string) =>
      loadConfig({ DATA_DIR: tempDir(), TRUST_PROXY }).trustProxy
    expect(trustProxy('true')).toBe(true)
    expect(trustProxy('false')).toBe(false)
    expect(trustProxy('1')).toBe(1)
    expect(trustProxy('127.0.0.1, 10.0.0.0/8,loopback,::1')).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      'loopback',
      '::1',
    ])
    expect(() => trustProxy('nginx')).toThrow(/TRUST_PROXY/)
  })

  it('reads the rate limits and the metrics token, refusing nonsense', () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      RATE_LIMIT_JOIN_PER_MINUTE: '200',
      RATE_LIMIT_VOTES_PER_MINUTE: '30',
      METRICS_TOKEN: 'm'.repeat(32),
    })
    expect(config.rateLimits.joinPerMinute).toBe(200)
    expect(config.rateLimits.votesPerMinute).toBe(30)
    expect(config.metricsToken).toBe('m'.repeat(32))
    const bad = () =>
      loadConfig({ DATA_DIR: tempDir(), RATE_LIMIT_JOIN_PER_MINUTE: '0', METRICS_TOKEN: 'short' })
    expect(bad).toThrow(/RATE_LIMIT_JOIN_PER_MINUTE/)
    expect(bad).toThrow(/METRICS_TOKEN/)
  })

  it('reads DATABASE_URL as PostgreSQL, SQLite when unset, and never echoes a bad one', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).databaseUrl).toBeNull()
    expect(loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: '' }).databaseUrl).toBeNull()
    const url = 'postgres://pactboard:s3cret@db:5432/pactboard'
    expect(loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: url }).databaseUrl).toBe(url)
    const bad = (value: string) => () => loadConfig({ DATA_DIR: tempDir(), DATABASE_URL: value })
    expect(bad('mysql://u:hunter2@db/x')).toThrow(/DATABASE_URL: must be a URL like postgres:/)
    expect(bad('mysql://u:hunter2@db/x')).not.toThrow(/hunter2/)
    expect(bad('db:5432')).toThrow(/DATABASE_URL/)
  })
  it('reads REDIS_URL (no relay when unset) and REDIS_PREFIX, and never echoes a bad URL', () => {
    const unset = loadConfig({ DATA_DIR: tempDir() })
    expect(unset.redisUrl).toBeNull()
    expect(unset.redisPrefix).toBe('pactboard')
    const url = 'redis://:s3cret@cache:6379'
    const set = loadConfig({ DATA_DIR: tempDir(), REDIS_URL: url, REDIS_PREFIX: 'city-a' })
    expect(set.redisUrl).toBe(url)
    expect(set.redisPrefix).toBe('city-a')
    const bad = () => loadConfig({ DATA_DIR: tempDir(), REDIS_URL: 'http://u:hunter2@cache' })
    expect(bad).toThrow(/REDIS_URL/)
    expect(bad).not.toThrow(/hunter2/)
    expect(() => loadConfig({ DATA_DIR: tempDir(), REDIS_PREFIX: 'a b' })).toThrow(/REDIS_PREFIX/)
  })

  it('[G3] keeps workshops for ever unless RETENTION_DAYS says how many days', () => {
    const dataDir = tempDir()
    expect(loadConfig({ DATA_DIR: dataDir }).retentionDays).toBeNull()
    const config = loadConfig({ DATA_DIR: dataDir, RETENTION_DAYS: '90' })
    expect(config.retentionDays).toBe(90)
    expect(config.privacy.retentionDays).toBe(90)
    for (const bad of ['0', '-3', 'soon', '1.5']) {
      expect(() => loadConfig({ DATA_DIR: dataDir, RETENTION_DAYS: bad })).toThrow(/RETENTION_DAYS/)
    }
  })

  it('reads the privacy notice: controller, policy URL and the deployment’s own texts per language', () => {
    const dataDir = tempDir()
    expect(loadConfig({ DATA_DIR: dataDir }).privacy).toEqual({
      controller: null,
      policyUrl: null,
      retentionDays: null,
      notices: {},
    })
    const file = join(dataDir, 'notice.json')
    writeFileSync(file, JSON.stringify({ sv: 'Lunds kommun behandlar …' }))
    const config = loadConfig({
      DATA_DIR: dataDir,
      PRIVACY_CONTROLLER: 'City of Lund, dataskydd@lund.se',
      PRIVACY_POLICY_URL: 'https://lund.se/privacy',
      PRIVACY_NOTICE_FILE: file,
    })
    expect(config.privacy).toEqual({
      controller: 'City of Lund, dataskydd@lund.se',
      policyUrl: 'https://lund.se/privacy',
      retentionDays: null,
      notices: { sv: 'Lunds kommun behandlar …' },
    })
    expect(() =>
      loadConfig({ DATA_DIR: dataDir, PRIVACY_POLICY_URL: 'javascript:alert(1)' }),
    ).toThrow(/PRIVACY_POLICY_URL/)
    expect(() =>
      loadConfig({ DATA_DIR: dataDir, PRIVACY_NOTICE_FILE: join(dataDir, 'none.json') }),
    ).toThrow(/PRIVACY_NOTICE_FILE/)
    writeFileSync(file, JSON.stringify({ de: 'Hallo' }))
    expect(() => loadConfig({ DATA_DIR: dataDir, PRIVACY_NOTICE_FILE: file })).toThrow(
      /PRIVACY_NOTICE_FILE/,
    )
  })
})
