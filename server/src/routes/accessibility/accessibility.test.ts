import { afterEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'

describe('GET /api/accessibility', () => {
  let server: TestServer | null = null
  afterEach(async () => {
    await server?.close()
    server = null
  })

  it('says where to report a barrier, without a token, as the deployment set it', async () => {
    server = await startServer({ ACCESSIBILITY_CONTACT: 'tillganglighet@lund.se' })
    const response = await server.app.inject({ method: 'GET', url: '/api/accessibility' })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ contact: 'tillganglighet@lund.se' })
  })

  it('says nothing of a contact the deployment did not set', async () => {
    server = await startServer()
    const response = await server.app.inject({ method: 'GET', url: '/api/accessibility' })
    expect(response.json()).toEqual({ contact: null })
  })
})
