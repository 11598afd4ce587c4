import { ERROR_CODES } from '@pactboard/shared'
import type { TFunction } from '../i18n/texts.ts'
import { ApiError, NETWORK_ERROR } from './http.ts'

/**
 * A failed request in the person's words. The server answers with a stable code (ERROR_CODES,
 * shared) and an English message for other clients and logs; the screen says the code's text in
 * its own language and never shows the English. Anything else (a proxy's 502, a bug) is "something
 * went wrong".
 */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === NETWORK_ERROR) return t('errors.network')
    if (Object.hasOwn(ERROR_CODES, error.code)) return t(`errors.api.${error.code}`)
  }
  return t('errors.unexpected')
}
