import type { Participant } from '@pactboard/shared'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError, removeParticipant } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface RemoveParticipantDialogProps {
  api: ApiCaller
  participant: Participant
  onDone: () => void
}

/** A 400 is the server explaining itself (the last facilitator stays): its own words. */
function removalFailure(t: TFunction, failure: unknown): string {
  const lastFacilitator = failure instanceof ApiError && failure.status === 400
  return lastFacilitator ? t('people.lastFacilitator') : apiErrorMessage(t, failure)
}

/** Asks before removing someone: it cannot be undone, they would have to be invited again. */
export function RemoveParticipantDialog({
  api,
  participant,
  onDone,
}: RemoveParticipantDialogProps) {
  const { t } = useTranslation()
  const { busy, error, run } = useApiCall(removalFailure)
  const name = participant.displayName

  const handleConfirm = async () => {
    if (await run(() => removeParticipant(api, participant.id))) onDone()
  }

  return (
    <Dialog title={t('people.confirmTitle', { name })} onClose={onDone}>
      <p>{t('people.confirmBody', { name })}</p>
      <CallError error={error} />
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
