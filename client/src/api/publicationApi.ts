import type { PublicationRequest, PublicationResponse } from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { request, workshopPath } from './http.ts'

/** [P28] The plan's public page as its planners set it: whether it is published, what it shows. */

export function fetchPublication(api: ApiCaller): Promise<PublicationResponse> {
  return request(workshopPath(api, '/publication'), { method: 'GET', token: api.token })
}

/** Publishes, changes the parts, or unpublishes; answers the settings as they now are. */
export function savePublication(
  api: ApiCaller,
  body: PublicationRequest,
): Promise<PublicationResponse> {
  return request(workshopPath(api, '/publication'), {
    method: 'PUT',
    token: api.token,
    body: JSON.stringify(body),
  })
}
