import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'

/**
 * One moderation request at a time from a control: busy while it runs, the error in words when
 * it fails. Success needs no state: the server's ledger change reaches the screen live.
 */
export function useApiCall() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (call: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true)
      setError(null)
      try {
        await call()
        return true
      } catch (cause) {
        setError(apiErrorMessage(t, cause))
        return false
      } finally {
        setBusy(false)
      }
    },
    [t],
  )
  return { busy, error, run }
}
