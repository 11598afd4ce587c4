import type {
  Actor,
  JoinResponse,
  OrganisationInviteResponse,
  OrganisationResponse,
} from '@pactboard/shared'
import { listActors } from '@pactboard/shared'
import type { LightMyRequestResponse } from 'fastify'
import type { TestServer } from '../../../test/helpers/server.ts'

/** The workspace's organisations for route tests: staff add them, their people join and sign. */

export const ENERGI = {
  name: 'Umeå Energi AB',
  kind: 'utility',
  orgNumber: '556097-8602',
  sector: 'Energy',
  legalForm: 'Aktiebolag',
  responsiblePerson: 'Signe Lind',
  position: 'CEO',
} as const

/** A request with the staff session's cookie (and a JSON body when given). */
export function asStaff(
  server: TestServer,
  cookie: string,
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) })
}

/** A request with a workshop token. */
export function asBearer(
  server: TestServer,
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload ? { payload } : {}),
  })
}

/** Staff add an organisation to their workspace (201 expected). */
export async function addToWorkspace(
  server: TestServer,
  cookie: string,
  details: object = ENERGI,
): Promise<Actor> {
  const response = await asStaff(server, cookie, 'POST', '/api/workspace/organisations', details)
  if (response.statusCode !== 201) throw new Error(`add: ${response.statusCode} ${response.body}`)
  return response.json<OrganisationResponse>().organisation
}

/** Staff make a representative's link into a workshop; the invite token. */
export async function staffInvite(
  server: TestServer,
  cookie: string,
  organisationId: string,
  workshopId: string,
): Promise<string> {
  const response = await asStaff(
    server,
    cookie,
    'POST',
    `/api/workspace/organisations/${organisationId}/invites`,
    { workshopId },
  )
  if (response.statusCode !== 201)
    throw new Error(`invite: ${response.statusCode} ${response.body}`)
  return response.json<OrganisationInviteResponse>().invite.token
}

/** Someone joins with an invite link. */
export async function joinWithInvite(
  server: TestServer,
  invite: string,
  displayName: string,
): Promise<JoinResponse> {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/join',
    payload: { invite, displayName },
  })
  if (response.statusCode !== 200) throw new Error(`join: ${response.statusCode} ${response.body}`)
  return response.json<JoinResponse>()
}

/** The organisations on a workshop's board, as the server holds them. */
export function boardActors(server: TestServer, workshopId: string): Promise<Actor[]> {
  return server.context.registry.write({ workshopId, doc: 'board' }, listActors)
}

/** A representative signs a commitment for their organisation (201 expected). */
export async function signCommitment(
  server: TestServer,
  joined: JoinResponse,
  text: string,
): Promise<void> {
  const response = await asBearer(
    server,
    joined.token,
    'POST',
    `/api/workshops/${joined.workshopId}/commitments`,
    {
      actorId: joined.participant.actorId,
      measureId: null,
      text,
      target: { value: 1, unit: 'programme', year: 2028 },
    },
  )
  if (response.statusCode !== 201) throw new Error(`sign: ${response.statusCode} ${response.body}`)
}
