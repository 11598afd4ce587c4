import { getJoinLockedMirror, observeLedgerSettings } from '@pactboard/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { setJoinLocked } from '../../api/http.ts'
import { useSessionStore } from '../../app/sessionStore.ts'
import { useY } from '../../sync/useY.ts'

interface JoinLockToggleProps {
  workshopId: string
  token: string
  /** What this session last heard from the server; the ledger's live mirror wins when present. */
  joinLocked: boolean
  ledger: Y.Doc
}

/**
 * [P12] Closes joining by code (late arrivals, a closed group) and opens it again. A toggle
 * button keeps one label and says its state with aria-pressed; the line beside it says it in
 * words. The server mirrors the lock into the ledger, so a second facilitator's button follows
 * live; the answer also updates this session's workshop.
 */
export function JoinLockToggle({
  workshopId,
  token,
  joinLocked: fromSession,
  ledger,
}: JoinLockToggleProps) {
  const { t } = useTranslation()
  const mirrored = useY(ledger, getJoinLockedMirror, observeLedgerSettings)
  const joinLocked = mirrored ?? fromSession
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const handleToggle = async () => {
    setBusy(true)
    setError(null)
    try {
      const { workshop, joinCode } = await setJoinLocked(workshopId, token, !joinLocked)
      useSessionStore.getState().updateWorkshop(workshopId, workshop, joinCode)
    } catch (failure) {
      setError(apiErrorMessage(t, failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="join-lock">
      <button
        type="button"
        className="button"
        aria-pressed={joinLocked}
        onClick={handleToggle}
        disabled={busy}
      >
        {t('people.lockJoining')}
      </button>
      <p className="field__hint">{t(joinLocked ? 'people.joiningLocked' : 'people.joiningOpen')}</p>
      {error ? (
        <p role="alert" className="form__error">
          {error}
        </p>
      ) : null}
    </div>
  )
}
