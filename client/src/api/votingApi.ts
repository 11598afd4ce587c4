import type { VoteResponse } from '@pactboard/shared'
import type { WorkshopApi } from '../features/board/cardSlots.ts'
import { request } from './http.ts'

/**
 * Dot voting over HTTP (shared/protocol/workshopApi.ts): the server checks the rules ([P20]) and
 * writes the ledger; the dots then reach every screen through the ledger doc.
 */

function votesPath(api: WorkshopApi): string {
  return `/api/workshops/${encodeURIComponent(api.workshopId)}/votes`
}

/** Casts one dot on the measure. */
export function castVote(api: WorkshopApi, measureId: string): Promise<VoteResponse> {
  return request(votesPath(api), {
    method: 'POST',
    token: api.token,
    body: JSON.stringify({ measureId }),
  })
}

/** Takes one dot back from the measure. */
export function withdrawVote(api: WorkshopApi, measureId: string): Promise<VoteResponse> {
  return request(`${votesPath(api)}/${encodeURIComponent(measureId)}`, {
    method: 'DELETE',
    token: api.token,
  })
}
