import type {
  DeleteWorkshopResponse,
  ErasePersonResponse,
  PrivacyNoticeResponse,
} from '@pactboard/shared'
import { privacyNoticeResponseSchema } from '@pactboard/shared'
import type { ApiCaller } from './apiCaller.ts'
import { earlyRead } from './earlyRequests.ts'
import { request, workshopPath } from './http.ts'

/** The personal-data routes of the HTTP API ([G1]–[G3]). */

const privacyNoticeRead = earlyRead('GET /api/privacy', async () =>
  privacyNoticeResponseSchema.parse(await request('/api/privacy', { method: 'GET' })),
)

/** What the deployment says for the notice before joining; no token needed. Checked, since it is shown. */
export function fetchPrivacyNotice(): Promise<PrivacyNoticeResponse> {
  return privacyNoticeRead.take()
}

/** Asks for it as the app starts, for the join screen's notice. */
export function prefetchPrivacyNotice(): void {
  privacyNoticeRead.start()
}

/** [P23][G1] The facilitator deletes the workshop with everything in it. */
export function deleteWorkshop(api: ApiCaller): Promise<DeleteWorkshopResponse> {
  return request(workshopPath(api), { method: 'DELETE', token: api.token })
}

/** [P23][G2] The facilitator erases a person's data; they are removed too. */
export function erasePerson(api: ApiCaller, participantId: string): Promise<ErasePersonResponse> {
  return request(workshopPath(api, `/participants/${encodeURIComponent(participantId)}/erase`), {
    method: 'POST',
    token: api.token,
  })
}
