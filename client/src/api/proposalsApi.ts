import type { MyProposalsResponse } from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request, workshopPath } from './http.ts'

/**
 * [W11] What became of the measures this person proposed in the workshop, asked with their own
 * workshop token. A module of its own, so that only the screen that asks loads it.
 */
export function fetchMyProposals(api: ApiCaller): Promise<MyProposalsResponse> {
  return request(workshopPath(api, '/my-proposals'), { method: 'GET', token: api.token })
}
