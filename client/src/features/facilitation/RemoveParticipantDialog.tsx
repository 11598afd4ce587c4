import type { Participant } from '@pactboard/shared'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError, removeParticipant } from '../../api/http.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx'

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
  const name = participant.displayName
  return (
    <ConfirmDialog
      title={t('people.confirmTitle', { name })}
      body={t('people.confirmBody', { name })}
      confirmLabel={t('people.confirm', { name })}
      busyLabel={t('people.removing')}
      action={() => removeParticipant(api, participant.id)}
      describeFailure={removalFailure}
      onDone={onDone}
      onCancel={onDone}
    />
  )
}
