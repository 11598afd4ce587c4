import type {
  AccountLinkResponse,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  ListWorkspaceWorkshopsResponse,
  OpenWorkshopResponse,
  SessionResponse,
  SignInRequest,
} from '@pactboard/shared'
import { request } from './http.ts'

/**
 * Staff accounts and their workspace (docs/workspaces.md). The session is an httpOnly cookie the
 * browser sends by itself (same origin); nothing here can read it. Every request that changes
 * something sends a JSON body, which the server requires of them (its CSRF wall beside SameSite).
 */

export function signIn(body: SignInRequest): Promise<SessionResponse> {
  return request('/api/session', { method: 'POST', body: JSON.stringify(body) })
}

/** The signed-in account and workspace, or ApiError NOT_SIGNED_IN (401). */
export function fetchSession(): Promise<SessionResponse> {
  return request('/api/session', { method: 'GET' })
}

export async function signOut(): Promise<void> {
  await request('/api/session', { method: 'DELETE' })
}

/** What an administrator's link is for, before the person chooses a password. */
export function readAccountLink(link: string): Promise<AccountLinkResponse> {
  return request('/api/account/link', { method: 'POST', body: JSON.stringify({ link }) })
}

/** Sets the password the link allows; signed in afterwards. */
export function setPasswordFromLink(link: string, password: string): Promise<SessionResponse> {
  return request('/api/account/password', {
    method: 'POST',
    body: JSON.stringify({ link, password }),
  })
}

export function listWorkspaceWorkshops(): Promise<ListWorkspaceWorkshopsResponse> {
  return request('/api/workspace/workshops', { method: 'GET' })
}

export function createWorkspaceWorkshop(
  body: CreateWorkshopRequest,
): Promise<CreateWorkshopResponse> {
  return request('/api/workspace/workshops', { method: 'POST', body: JSON.stringify(body) })
}

/** The workspace's one plan (made on first open), opened as a workshop of the workspace. */
export function openWorkspacePlan(): Promise<OpenWorkshopResponse> {
  return request('/api/workspace/plan/open', { method: 'POST', body: '{}' })
}

/** A short-lived workshop token for the signed-in account; asked again before it runs out. */
export function openWorkspaceWorkshop(workshopId: string): Promise<OpenWorkshopResponse> {
  return request(`/api/workspace/workshops/${encodeURIComponent(workshopId)}/open`, {
    method: 'POST',
    body: '{}',
  })
}
