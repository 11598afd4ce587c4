import type {
  DeleteWorkshopResponse,
  ErasePersonResponse,
  PrivacyNoticeResponse,
} from '@pactboard/shared'
import { privacyNoticeResponseSchema } from '@pactboard/shared'
import { request } from './http.ts'

/** The personal-data routes of the HTTP API ([G1]–[G3]). */

/** What the deployment says for the notice before joining; no token needed. Checked, since it is shown. */
export async function fetchPrivacyNotice(): Promise<PrivacyNoticeResponse> {
  return privacyNoticeResponseSchema.parse(await request('/api/privacy', { method: 'GET' }))
}

/** [P23][G1] The facilitator deletes the workshop with everything in it. */
export function deleteWorkshop(workshopId: string, token: string): Promise<DeleteWorkshopResponse> {
  return request(`/api/workshops/${encodeURIComponent(workshopId)}`, { method: 'DELETE', token })
}

/** [P23][G2] The facilitator erases a person's data; they are removed too. */
export function erasePerson(
  workshopId: string,
  token: string,
  participantId: string,
): Promise<ErasePersonResponse> {
  const path = `/api/workshops/${encodeURIComponent(workshopId)}/participants/${encodeURIComponent(participantId)}/erase`
  return request(path, { method: 'POST', token })
}
