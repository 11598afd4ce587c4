import type { TFunction } from 'i18next'
import { ApiError, NETWORK_ERROR } from './http.ts'

/** A failed request in words: "cannot reach the server", or the server's own message. */
export function apiErrorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.code === NETWORK_ERROR) return t('errors.network')
  const message = error instanceof Error ? error.message : String(error)
  return t('errors.unexpected', { message })
}
