import type {
  FollowedProposalsResponse,
  FollowLinkResponse,
  MyProposalsResponse,
} from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request, workshopPath } from './http.ts'

/**
 * [W11] What became of the measures this person proposed in the workshop, asked with their own
 * workshop token. A module of its own, so that only the screen that asks loads it.
 */
export function fetchMyProposals(api: ApiCaller): Promise<MyProposalsResponse> {
  return request(workshopPath(api, '/my-proposals'), { method: 'GET', token: api.token })
}

/** [W12] A link of the person's own to come back with after their workshop token ran out. */
export function fetchFollowLink(api: ApiCaller): Promise<FollowLinkResponse> {
  return request(workshopPath(api, '/follow-link'), { method: 'POST', token: api.token })
}

/** [W12] What the follow link shows: the person's proposals and the workshop's title. */
export function fetchFollowedProposals(followToken: string): Promise<FollowedProposalsResponse> {
  return request('/api/follow', { method: 'GET', token: followToken })
}
