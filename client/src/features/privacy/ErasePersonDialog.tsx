import type { Participant } from '@pactboard/shared'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError } from '../../api/http.ts'
import { erasePerson } from '../../api/privacyApi.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx'

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
  const name = participant.displayName
  return (
    <ConfirmDialog
      title={t('privacy.erase.title', { name })}
      body={t('privacy.erase.body', { name })}
      confirmLabel={t('privacy.erase.confirm', { name })}
      busyLabel={t('privacy.erase.erasing')}
      tone="danger"
      action={() => erasePerson(api, participant.id)}
      describeFailure={erasureFailure}
      onDone={onDone}
      onCancel={onDone}
    />
  )
}
