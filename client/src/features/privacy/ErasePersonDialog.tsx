import type { Participant } from '@pactboard/shared'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError } from '../../api/http.ts'
import { erasePerson } from '../../api/privacyApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface ErasePersonDialogProps {
  api: ApiCaller
  participant: Participant
  onDone: () => void
}

/** A 400 is the server keeping the last facilitator: its own words. */
function erasureFailure(t: TFunction, failure: unknown): string {
  const lastFacilitator = failure instanceof ApiError && failure.status === 400
  return lastFacilitator ? t('privacy.erase.lastFacilitator') : apiErrorMessage(t, failure)
}

/**
 * [P23][G2] Asks before erasing someone: their name goes everywhere, their comments are deleted,
 * and it cannot be undone. The registry (and so the people list) follows live from the ledger.
 */
export function ErasePersonDialog({ api, participant, onDone }: ErasePersonDialogProps) {
  const { t } = useTranslation()
  const { busy, error, run } = useApiCall(erasureFailure)
  const name = participant.displayName

  const handleConfirm = async () => {
    if (await run(() => erasePerson(api, participant.id))) onDone()
  }

  return (
    <Dialog title={t('privacy.erase.title', { name })} onClose={() => !busy && onDone()}>
      <p>{t('privacy.erase.body', { name })}</p>
      <CallError error={error} />
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
