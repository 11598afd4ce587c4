import type { Participant } from '@pactboard/shared'
import { useState } from 'react'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError } from '../../api/http.ts'
import { erasePerson } from '../../api/privacyApi.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface ErasePersonDialogProps {
  workshopId: string
  token: string
  participant: Participant
  onDone: () => void
}

/**
 * [P23][G2] Asks before erasing someone: their name goes everywhere, their comments are deleted,
 * and it cannot be undone. The registry (and so the people list) follows live from the ledger.
 */
export function ErasePersonDialog({
  workshopId,
  token,
  participant,
  onDone,
}: ErasePersonDialogProps) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const name = participant.displayName

  const handleConfirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await erasePerson(workshopId, token, participant.id)
      onDone()
    } catch (failure) {
      setBusy(false)
      const lastFacilitator = failure instanceof ApiError && failure.status === 400
      setError(lastFacilitator ? t('privacy.erase.lastFacilitator') : apiErrorMessage(t, failure))
    }
  }

  return (
    <Dialog title={t('privacy.erase.title', { name })} onClose={() => !busy && onDone()}>
      <p>{t('privacy.erase.body', { name })}</p>
      {error ? (
        <p role="alert" className="form__error">
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          onClick={handleConfirm}
          disabled={busy}
        >
          {busy ? t('privacy.erase.erasing') : t('privacy.erase.confirm', { name })}
        </button>
      </div>
    </Dialog>
  )
}
