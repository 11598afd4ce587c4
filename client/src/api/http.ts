import type {
  ApiErrorBody,
  CreateInviteResponse,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinLanguagesRequest,
  JoinLanguagesResponse,
  JoinRequest,
  JoinResponse,
  ListInvitesResponse,
  RemoveParticipantResponse,
  RevokeInviteResponse,
  Role,
  Workshop,
} from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { earlyRead } from './earlyRequests.ts'

/**
 * The HTTP API (DESIGN §4) as typed functions. Relative URLs: the server serves the client in
 * production and Vite proxies them in development.
 */

export interface ApiIssue {
  path: string
  message: string
}

/** A failed request: the server's stable error code, or NETWORK when it could not be reached. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly issues: ApiIssue[]

  constructor(status: number, code: string, message: string, issues: ApiIssue[] = []) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.issues = issues
  }
}

export const NETWORK_ERROR = 'NETWORK'

export async function request<T>(path: string, init: RequestInit & { token?: string }): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  if (init.token) headers.authorization = `Bearer ${init.token}`
  let response: Response
  try {
    response = await fetch(path, { ...init, headers })
  } catch (cause) {
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause))
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const error = (body as Partial<ApiErrorBody> | null)?.error
    throw new ApiError(
      response.status,
      error?.code ?? `HTTP_${response.status}`,
      error?.message ?? response.statusText,
      error?.issues ?? [],
    )
  }
  return body as T
}

export function createWorkshop(body: CreateWorkshopRequest): Promise<CreateWorkshopResponse> {
  return request('/api/workshops', { method: 'POST', body: JSON.stringify(body) })
}

export function joinWorkshop(body: JoinRequest): Promise<JoinResponse> {
  return request('/api/join', { method: 'POST', body: JSON.stringify(body) })
}

function joinLanguagesRead(body: JoinLanguagesRequest) {
  const json = JSON.stringify(body)
  return earlyRead(`POST /api/join/languages ${json}`, () =>
    request<JoinLanguagesResponse>('/api/join/languages', { method: 'POST', body: json }),
  )
}

/** The languages of the workshop behind a join code or an invite, before joining it. */
export function fetchJoinLanguages(body: JoinLanguagesRequest): Promise<JoinLanguagesResponse> {
  return joinLanguagesRead(body).take()
}

/** Asks for them as the app starts, for the join screen's first `fetchJoinLanguages`. */
export function prefetchJoinLanguages(body: JoinLanguagesRequest): void {
  joinLanguagesRead(body).start()
}

export interface WorkshopInfo {
  workshop: Workshop
  joinCode: string
}

/** The workshop's path in the API, with `rest` after it. */
export function workshopPath(api: ApiCaller, rest = ''): string {
  return `/api/workshops/${encodeURIComponent(api.workshopId)}${rest}`
}

export function fetchWorkshop(api: ApiCaller): Promise<WorkshopInfo> {
  return request(workshopPath(api), { method: 'GET', token: api.token })
}

export function createInvite(api: ApiCaller, role: Role): Promise<CreateInviteResponse> {
  return request(workshopPath(api, '/invites'), {
    method: 'POST',
    token: api.token,
    body: JSON.stringify({ role }),
  })
}

/** The facilitator's invites, newest first: records only, never the links' tokens. */
export async function listInvites(api: ApiCaller): Promise<ListInvitesResponse> {
  const body = await request<ListInvitesResponse>(workshopPath(api, '/invites'), {
    method: 'GET',
    token: api.token,
  })
  // The panel lists what it gets; an answer without the list is a failure to say, not to draw.
  if (!Array.isArray(body?.invites)) throw new Error('The server sent no list of invites')
  return body
}

/** Revokes an invite: its link lets nobody join from now on. */
export function revokeInvite(api: ApiCaller, inviteId: string): Promise<RevokeInviteResponse> {
  return request(workshopPath(api, `/invites/${encodeURIComponent(inviteId)}`), {
    method: 'DELETE',
    token: api.token,
  })
}

/** [P12] The facilitator opens or closes joining by code; answers the workshop as it now is. */
export function setJoinLocked(api: ApiCaller, joinLocked: boolean): Promise<WorkshopInfo> {
  return request(workshopPath(api), {
    method: 'PATCH',
    token: api.token,
    body: JSON.stringify({ joinLocked }),
  })
}

/** [P12] The facilitator removes someone: their token stops working, their screens close. */
export function removeParticipant(
  api: ApiCaller,
  participantId: string,
): Promise<RemoveParticipantResponse> {
  return request(workshopPath(api, `/participants/${encodeURIComponent(participantId)}`), {
    method: 'DELETE',
    token: api.token,
  })
}
