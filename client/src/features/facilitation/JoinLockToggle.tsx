import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { setJoinLocked } from '../../api/http.ts'
import { useSessionStore } from '../../app/sessionStore.ts'

interface JoinLockToggleProps {
  workshopId: string
  token: string
  joinLocked: boolean
}

/**
 * [P12] Closes joining by code (late arrivals, a closed group) and opens it again. A toggle
 * button keeps one label and says its state with aria-pressed; the line beside it says it in
 * words. The answer updates this session's workshop, so the button shows what the server holds.
 */
export function JoinLockToggle({ workshopId, token, joinLocked }: JoinLockToggleProps) {
  const { t } = useTranslation()
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
