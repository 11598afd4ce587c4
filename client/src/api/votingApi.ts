import type { MyVotesResponse, RevealResultsResponse, VoteResponse } from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request, workshopPath } from './http.ts'

/**
 * Dot voting over HTTP (shared/protocol/workshopApi.ts): the server checks the rules ([P20]) and
 * keeps the dots. A voter learns their own from these answers; the room sees only the totals,
 * which the server writes into the ledger once the facilitator reveals them.
 */

function votesPath(api: ApiCaller): string {
  return workshopPath(api, '/votes')
}

/** Casts one dot on the measure. */
export function castVote(api: ApiCaller, measureId: string): Promise<VoteResponse> {
  return request(votesPath(api), {
    method: 'POST',
    token: api.token,
    body: JSON.stringify({ measureId }),
  })
}

/** Takes one dot back from the measure. */
export function withdrawVote(api: ApiCaller, measureId: string): Promise<VoteResponse> {
  return request(`${votesPath(api)}/${encodeURIComponent(measureId)}`, {
    method: 'DELETE',
    token: api.token,
  })
}

/** The caller's own dots: the server keeps them, no doc holds anyone's. */
export function fetchMyVotes(api: ApiCaller): Promise<MyVotesResponse> {
  return request(`${votesPath(api)}/mine`, { method: 'GET', token: api.token })
}

/** The facilitator shows or hides the totals; the server writes the reveal and the totals. */
export function revealResults(api: ApiCaller, revealed: boolean): Promise<RevealResultsResponse> {
  return request(`${votesPath(api)}/reveal`, {
    method: 'PUT',
    token: api.token,
    body: JSON.stringify({ revealed }),
  })
}
