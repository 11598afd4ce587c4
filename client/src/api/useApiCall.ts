import { useCallback, useRef, useState } from 'react'
import type { TFunction } from '../i18n/texts.ts'
import { useTranslation } from '../i18n/useTranslation.tsx'
import { apiErrorMessage } from './apiErrorMessage.ts'

/** Turns a failed call into the words a person reads; `apiErrorMessage` unless a caller knows better. */
export type DescribeFailure = (t: TFunction, error: unknown) => string

export interface ApiCall {
  /** A request is on its way: the control that sent it stays disabled meanwhile. */
  busy: boolean
  /** The last request's failure, in words; null once a request succeeds or starts again. */
  error: string | null
  /** Runs `call`; true when it succeeded. One call at a time: a second while busy is dropped. */
  run: (call: () => Promise<unknown>) => Promise<boolean>
  /** Runs the last failed call again, as it was. */
  retry: () => Promise<boolean>
}

/**
 * Busy, error and retry around one control's API requests, so that no component writes them by
 * hand. Success needs no state of its own: what the server writes reaches the screen through
 * the docs, and anything else the call does itself (inside `call`).
 */
export function useApiCall(describe: DescribeFailure = apiErrorMessage): ApiCall {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const running = useRef(false)
  const failed = useRef<(() => Promise<unknown>) | null>(null)
  const describeRef = useRef(describe)
  describeRef.current = describe

  const run = useCallback(
    async (call: () => Promise<unknown>): Promise<boolean> => {
      if (running.current) return false
      running.current = true
      setBusy(true)
      setError(null)
      try {
        await call()
        failed.current = null
        return true
      } catch (cause) {
        failed.current = call
        setError(describeRef.current(t, cause))
        return false
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [t],
  )

  const retry = useCallback(
    () => (failed.current ? run(failed.current) : Promise.resolve(false)),
    [run],
  )

  return { busy, error, run, retry }
}
