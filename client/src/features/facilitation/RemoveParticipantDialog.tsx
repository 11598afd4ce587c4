import type { Participant } from '@pactboard/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError, removeParticipant } from '../../api/http.ts'
import { Dialog } from '../../ui/Dialog.tsx'

interface RemoveParticipantDialogProps {
  workshopId: string
  token: string
  participant: Participant
  onDone: () => void
}

/** Asks before removing someone: it cannot be undone, they would have to be invited again. */
export function RemoveParticipantDialog({
  workshopId,
  token,
  participant,
  onDone,
}: RemoveParticipantDialogProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const name = participant.displayName

  const handleConfirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await removeParticipant(workshopId, token, participant.id)
      onDone()
    } catch (failure) {
      setBusy(false)
      // A 400 is the server explaining itself (the last facilitator stays): show its words.
      const lastFacilitator = failure instanceof ApiError && failure.status === 400
      setError(lastFacilitator ? t('people.lastFacilitator') : apiErrorMessage(t, failure))
    }
  }

  return (
    <Dialog title={t('people.confirmTitle', { name })} onClose={onDone}>
      <p>{t('people.confirmBody', { name })}</p>
      {error ? (
        <p role="alert" className="form__error">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        {/* Cancel first: the dialog focuses the first button, and the safe choice is to stay. */}
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={handleConfirm}
          disabled={busy}
        >
          {busy ? t('people.removing') : t('people.confirm', { name })}
        </button>
      </div>
    </Dialog>
  )
}
