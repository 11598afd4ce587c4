import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../test/helpers/server.ts'
import { REDACTED, redactUrl } from './redact.ts'

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

describe('the log', () => {
  let server: TestServer
  const lines: string[] = []
  beforeAll(async () => {
    server = await startServer(
      { LOG_LEVEL: 'trace' },
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
