import type { SessionResponse } from '@pactboard/shared'
import type { LightMyRequestResponse } from 'fastify'
import type { TestServer } from '../../../test/helpers/server.ts'
import { SESSION_COOKIE } from '../../auth/sessions.ts'

/** Staff for route tests: workspaces set up through the same links an administrator hands out. */

export const STAFF_PASSWORD = 'a long enough password'

/** `name=value` of the session cookie the response set. */
export function staffCookie(response: LightMyRequestResponse): string {
  const header = String(response.headers['set-cookie'] ?? '')
  const value = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(header)?.[1]
  if (!value) throw new Error(`No session cookie in ${response.statusCode} ${response.body}`)
  return `${SESSION_COOKIE}=${value}`
}

/** A workspace `ws-<email>` whose first administrator (a facilitator) is `email`, signed in. */
export async function setUpWorkspace(
  server: TestServer,
  email: string,
  workspaceName = 'Malmö stad',
): Promise<{ cookie: string; session: SessionResponse; link: string }> {
  const { token } = await server.context.accountLinks.sign({
    purpose: 'setup',
    email,
    displayName: 'Anna',
    workspace: { id: `ws-${email}`, name: workspaceName, kind: 'city', language: 'sv' },
  })
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/account/password',
    payload: { link: token, password: STAFF_PASSWORD },
  })
  return { cookie: staffCookie(response), session: response.json(), link: token }
}

/** Signs in an account (set up first when `setUp`). */
export async function signIn(
  server: TestServer,
  email: string,
  setUp = false,
): Promise<{ cookie: string; response: LightMyRequestResponse }> {
  if (setUp) await setUpWorkspace(server, email)
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { email, password: STAFF_PASSWORD },
  })
  return { cookie: staffCookie(response), response }
}

/** Adds a staff member to the admin's workspace through an invite link, signed in. */
export async function addStaff(
  server: TestServer,
  adminCookie: string,
  email: string,
  role: 'facilitator' | 'planner',
  isAdmin = false,
): Promise<string> {
  const invited = await server.app.inject({
    method: 'POST',
    url: '/api/workspace/staff',
    headers: { cookie: adminCookie },
    payload: { email, displayName: role === 'planner' ? 'Petra' : 'Fredrik', role, isAdmin },
  })
  if (invited.statusCode !== 201)
    throw new Error(`add staff: ${invited.statusCode} ${invited.body}`)
  const link = decodeURIComponent(invited.json<{ path: string }>().path.split('#')[1] ?? '')
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/account/password',
    payload: { link, password: STAFF_PASSWORD },
  })
  return staffCookie(response)
}
