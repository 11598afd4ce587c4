import { z } from 'zod'
import type { Participant } from '../domain/participant.ts'
import { LANGUAGES } from '../i18n/languages.ts'

/** The HTTP API of personal data ([G1]–[G4], domain/privacy.ts). */

/** `DELETE /api/workshops/:id` ([P23], [G1]). */
export interface DeleteWorkshopResponse {
  workshopId: string
  deletedAt: string
}

/** `POST /api/workshops/:id/participants/:participantId/erase` ([P23], [G2]). */
export interface ErasePersonResponse {
  /** The registry entry as it now is: the former name, erased. */
  participant: Participant
}

/**
 * `GET /api/privacy` (no auth): what the notice before joining says, as this deployment set it.
 * The client words the notice itself from these facts unless the deployment wrote its own text
 * for the person's language.
 */
export const privacyNoticeResponseSchema = z.object({
  /** Who is responsible for the data (the controller), with a way to reach them. */
  controller: z.string().nullable(),
  /** The deployment's full privacy policy, if it has one. */
  policyUrl: z.url({ protocol: /^https?$/ }).nullable(),
  /** [G3] Workshops are deleted this many days after their last activity; null when never. */
  retentionDays: z.number().int().min(1).nullable(),
  /** The deployment's own notice per language, replacing the built-in wording. */
  notices: z.partialRecord(z.enum(LANGUAGES), z.string()),
})
export type PrivacyNoticeResponse = z.infer<typeof privacyNoticeResponseSchema>
