import type {
  BringInRequest,
  BringInResponse,
  CandidateResponse,
  CandidateStatusChange,
  ListCandidatesResponse,
  MergeCandidateResponse,
  WorkshopMeasuresResponse,
} from '@pactboard/shared'
import { request } from './http.ts'

/**
 * The workspace's candidate list (docs/workspaces.md, "The candidate list"), for its staff: the
 * calls go with the session cookie, as workspaceApi.ts's do, every change with a JSON body.
 */

const candidatePath = (id: string, rest: string) =>
  `/api/workspace/candidates/${encodeURIComponent(id)}${rest}`

export function listCandidates(): Promise<ListCandidatesResponse> {
  return request('/api/workspace/candidates', { method: 'GET' })
}

/** What a workshop of the workspace has on its board to bring in. */
export function listWorkshopMeasures(workshopId: string): Promise<WorkshopMeasuresResponse> {
  return request(`/api/workspace/workshops/${encodeURIComponent(workshopId)}/measures`, {
    method: 'GET',
  })
}

export function bringIn(body: BringInRequest): Promise<BringInResponse> {
  return request('/api/workspace/candidates', { method: 'POST', body: JSON.stringify(body) })
}

export function setCandidateStatus(
  id: string,
  change: CandidateStatusChange,
): Promise<CandidateResponse> {
  return request(candidatePath(id, '/status'), { method: 'PUT', body: JSON.stringify(change) })
}

/** Merges `id` into `into`, which stays. */
export function mergeCandidate(id: string, into: string): Promise<MergeCandidateResponse> {
  return request(candidatePath(id, '/merge'), { method: 'POST', body: JSON.stringify({ into }) })
}
