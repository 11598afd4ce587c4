import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('GET /api/privacy', () => {
  let server: TestServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
  })

  it('says what the notice before joining needs, without a token, as the deployment set it', async () => {
    server = await startServer({
      PRIVACY_CONTROLLER: 'City of Lund, dataskydd@lund.se',
      RETENTION_DAYS: '30',
    })
    const response = await server.app.inject({ method: 'GET', url: '/api/privacy' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({
      controller: 'City of Lund, dataskydd@lund.se',
      policyUrl: null,
      retentionDays: 30,
      notices: {},
    })
  })
})
