import type { OpenWorkshopResponse } from '@pactboard/shared'
import type { Session } from '../../app/sessionStore.ts'

/** The device's session in a workshop opened from a staff account: its token is renewed. */
export function staffSession(opened: OpenWorkshopResponse): Session {
  return {
    token: opened.token,
    participant: opened.participant,
    workshop: opened.workshop,
    joinCode: opened.joinCode,
    staffTokenExpiresAt: opened.expiresAt,
  }
}
