import { VOTE_REFUSAL_ERRORS, type VoteRefusal } from '@pactboard/shared'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError } from '../../api/http.ts'
import type { TFunction } from '../../i18n/texts.ts'

/** [P20] Why a dot cannot go ahead, in words: the same text for a local pre-check and a refusal. */

const REFUSAL_BY_CODE = new Map<string, VoteRefusal>(
  Object.entries(VOTE_REFUSAL_ERRORS).map(([refusal, { code }]) => [code, refusal as VoteRefusal]),
)

export function refusalText(t: TFunction, refusal: VoteRefusal): string {
  return t(`voting.refusal.${refusal}`)
}

/** A failed cast or withdrawal: the refusal's own short text, or the generic API message. */
export function voteErrorMessage(t: TFunction, error: unknown): string {
  const refusal = error instanceof ApiError ? REFUSAL_BY_CODE.get(error.code) : undefined
  return refusal ? refusalText(t, refusal) : apiErrorMessage(t, error)
}
