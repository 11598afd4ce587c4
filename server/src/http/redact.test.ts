import type { CreateInviteResponse } from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectClient, connectRaw } from '../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../test/helpers/server.ts'
import { waitFor } from '../../test/helpers/waitFor.ts'
import { REDACTED, redactLine, redactUrl } from './redact.ts'

describe('redactUrl', () => {
  it('replaces invite, token and JWT-looking values, keeping the rest of the URL', () => {
    expect(redactUrl('/join?invite=abc.def.ghi')).toBe(`/join?invite=${REDACTED}`)
    expect(redactUrl('/sync/w1/board?token=t0k3n&x=1')).toBe(`/sync/w1/board?token=${REDACTED}&x=1`)
    expect(redactUrl('/a?x=1&Invite=a%2Eb&TOKEN=c#frag')).toBe(
      `/a?x=1&Invite=${REDACTED}&TOKEN=${REDACTED}#frag`,
    )
    expect(redactUrl('/x/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwIn0.c2lnbmF0dXJl/y')).toBe(
      `/x/${REDACTED}/y`,
    )
    expect(redactUrl('/api/workshops/abc?format=pdf')).toBe('/api/workshops/abc?format=pdf')
  })
})

describe('[G5] redactLine', () => {
  it('takes JWTs, credential parameters and the given secrets out of a JSON line, keeping it JSON', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwIn0.c2lnbmF0dXJl'
    const line = JSON.stringify({
      msg: `failed for /sync/w/board?token=abc123&x=1 with ${jwt}`,
      err: { message: 'metrics-token-0123456789 was wrong' },
    })
    const redacted = redactLine(line, ['metrics-token-0123456789'])
    expect(JSON.parse(redacted)).toEqual({
      msg: `failed for /sync/w/board?token=${REDACTED}&x=1 with ${REDACTED}`,
      err: { message: `${REDACTED} was wrong` },
    })
  })
})

describe('the log', () => {
  let server: TestServer
  const lines: string[] = []
  const metricsToken = 'scrape-me-0123456789abcdef'
  beforeAll(async () => {
    server = await startServer(
      { LOG_LEVEL: 'trace', METRICS_TOKEN: metricsToken },
      { logStream: { write: (line: string) => void lines.push(line) } },
    )
  })
  afterAll(() => server.close())

  it('never holds an invite or access token, whichever way it came', async () => {
    const { facilitatorToken, workshop } = await server.createWorkshop()
    const invite = 'abc.def.ghi'
    await server.app.inject({ method: 'GET', url: `/join?invite=${invite}` })
    await server.app.inject({
      method: 'GET',
      url: `/join?x=1&invite=${encodeURIComponent(invite)}`,
    })
    await server.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { invite, displayName: 'Mallory' },
    })
    await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}`,
      headers: { authorization: `Bearer ${facilitatorToken}` },
    })
    await server.app.inject({
      method: 'GET',
      url: `/sync/${workshop.id}/board?token=${facilitatorToken}`,
    })
    // a handler that logs an object holding a token
    server.app.log.info({ token: facilitatorToken, body: { invite } }, 'careless')

    const log = lines.join('')
    expect(log).toContain('/join?invite=[redacted]')
    expect(log).toContain('careless')
    for (const secret of [invite, encodeURIComponent(invite), facilitatorToken]) {
      expect(log).not.toContain(secret)
    }
    // a token's parts, too: its signature is what makes it usable
    expect(log).not.toContain(facilitatorToken.split('.')[2])
  })
})

describe('[G5] no token of any kind in any log line', () => {
  let server: TestServer
  const lines: string[] = []
  const metricsToken = 'scrape-me-0123456789abcdef'
  beforeAll(async () => {
    server = await startServer(
      { LOG_LEVEL: 'trace', METRICS_TOKEN: metricsToken },
      { logStream: { write: (line: string) => void lines.push(line) } },
    )
  })
  afterAll(() => server.close())

  it('neither a participant’s, an invite’s, a facilitator’s nor the metrics token, in requests, sockets and errors', async () => {
    const { facilitatorToken, workshop, joinCode } = await server.createWorkshop()
    const anna = await server.join(joinCode)
    const invite = (
      await server.app.inject({
        method: 'POST',
        url: `/api/workshops/${workshop.id}/invites`,
        headers: { authorization: `Bearer ${facilitatorToken}` },
        payload: { role: 'planner' },
      })
    ).json<CreateInviteResponse>().invite.token
    const expired = await server.context.tokens.sign(
      {
        workshopId: workshop.id,
        participantId: anna.participant.id,
        role: 'participant',
        actorId: null,
      },
      -1,
    )
    const secrets = {
      participant: anna.token,
      facilitator: facilitatorToken,
      invite,
      expired,
      metrics: metricsToken,
    }

    // Requests: headers, query strings, bodies, unknown routes and refusals.
    await server.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${metricsToken}` },
    })
    await server.app.inject({ method: 'GET', url: `/metrics?token=${metricsToken}` })
    await server.app.inject({ method: 'GET', url: `/api/nowhere?token=${anna.token}` })
    await server.app.inject({ method: 'GET', url: `/api/nowhere/${anna.token}` })
    await server.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { invite, displayName: 'Petra' },
    })
    await server.app.inject({
      method: 'POST',
      url: '/api/join',
      payload: { invite: `${invite}x`, displayName: 'Mallory' },
    })
    await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshop.id}/votes/mine`,
      headers: { authorization: `Bearer ${expired}` },
    })
    await server.app.inject({ method: 'GET', url: `/join?invite=${invite}` })
    // Real sync sockets: admitted, refused (expired), and one whose admission fails.
    const client = connectClient(server.syncUrl, workshop.id, 'board', anna.token)
    await client.synced()
    client.destroy()
    const refused = connectRaw(`${server.syncUrl}/${workshop.id}/board?token=${expired}`)
    await refused.closed
    const failing = server.context.store.participantStanding
    server.context.store.participantStanding = () => {
      throw new Error(`store down while checking ${facilitatorToken}`)
    }
    const broken = connectRaw(`${server.syncUrl}/${workshop.id}/plan?token=${facilitatorToken}`)
    await broken.closed
    server.context.store.participantStanding = failing
    // Careless code: a token in an error's message and stack, and in a message string.
    server.app.log.error({ err: new Error(`could not parse ${invite}`) }, 'parse failed')
    server.app.log.warn(`metrics scraped with ${metricsToken} by ${facilitatorToken}`)
    await waitFor(
      () => lines.some((line) => line.includes('admitting a sync connection failed')),
      'the error logged',
    )

    const log = lines.join('')
    expect(log).toContain('parse failed')
    expect(log).toContain('/metrics?token=[redacted]')
    for (const [kind, secret] of Object.entries(secrets)) {
      expect(log.includes(secret), `${kind} token in the log`).toBe(false)
      // nor its signature alone, which is what makes a token usable
      const signature = secret.split('.')[2]
      if (signature) expect(log.includes(signature), `${kind} token's signature`).toBe(false)
    }
    expect(log).not.toContain(server.context.config.secret)
  })
})
