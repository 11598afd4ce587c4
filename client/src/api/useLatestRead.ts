import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from '../i18n/useTranslation.tsx'
import { apiErrorMessage } from './apiErrorMessage.ts'
import type { DescribeFailure } from './useApiCall.ts'

export interface LatestRead<T> {
  /** The answer to the latest read; null while it is on its way, or when there is none to make. */
  data: T | null
  busy: boolean
  /** The latest read's failure, in words. */
  error: string | null
  /** Reads again, as it was. */
  retry: () => void
}

/**
 * A read that follows what a person chooses (filters, a library): a new choice reads again at
 * once, and only the answer to the latest read is shown, whatever order the answers arrive in.
 * `useApiCall` is for actions, one at a time (a second press while busy is dropped); a read
 * dropped that way would leave the screen showing an answer to filters no longer chosen.
 * `read` is memoised by the caller (its dependencies are the choices); null reads nothing.
 */
export function useLatestRead<T>(
  read: (() => Promise<T>) | null,
  describe: DescribeFailure = apiErrorMessage,
): LatestRead<T> {
  const { t } = useTranslation()
  const [data, setData] = useState<T | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks for the same read again
  useEffect(() => {
    setData(null)
    setError(null)
    if (!read) {
      setBusy(false)
      return
    }
    let latest = true
    setBusy(true)
    read()
      .then((answer) => {
        if (latest) setData(answer)
      })
      .catch((cause: unknown) => {
        if (latest) setError(describe(t, cause))
      })
      .finally(() => {
        if (latest) setBusy(false)
      })
    return () => {
      latest = false
    }
  }, [read, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, busy, error, retry }
}
