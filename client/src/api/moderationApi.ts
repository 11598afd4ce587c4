import type { ModerationResponse } from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request, workshopPath } from './http.ts'

/**
 * Moderation over HTTP (shared `protocol/workshopApi.ts`): the server checks the token and writes
 * the ledger; the change reaches every screen live, so callers only wait for success or an error.
 */

function onMeasure(
  caller: ApiCaller,
  measureId: string,
  action: 'approve' | 'hide' | 'unhide' | 'merge' | 'reports',
  body?: object,
): Promise<ModerationResponse> {
  const path = workshopPath(caller, `/measures/${encodeURIComponent(measureId)}/${action}`)
  return request(path, {
    method: 'POST',
    token: caller.token,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/** [P17] Turns the queue of proposals waiting for approval on or off. */
export function setPreModeration(
  caller: ApiCaller,
  preModeration: boolean,
): Promise<ModerationResponse> {
  return request(workshopPath(caller, '/moderation'), {
    method: 'PUT',
    token: caller.token,
    body: JSON.stringify({ preModeration }),
  })
}

export function approveCard(caller: ApiCaller, measureId: string) {
  return onMeasure(caller, measureId, 'approve')
}

export function hideCard(caller: ApiCaller, measureId: string, reason: string) {
  return onMeasure(caller, measureId, 'hide', { reason })
}

export function unhideCard(caller: ApiCaller, measureId: string) {
  return onMeasure(caller, measureId, 'unhide')
}

/** Merges `measureId` into `into`: its dots (and on the board, its discussion) move there. */
export function mergeCard(caller: ApiCaller, measureId: string, into: string) {
  return onMeasure(caller, measureId, 'merge', { into })
}

/** [P18] Reports a card to the facilitator. */
export function reportCard(caller: ApiCaller, measureId: string, reason: string) {
  return onMeasure(caller, measureId, 'reports', { reason })
}
