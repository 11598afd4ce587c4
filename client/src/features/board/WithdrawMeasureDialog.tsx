import type { Measure } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface WithdrawMeasureDialogProps {
  measure: Measure
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before withdrawing: there is no undo on the board (a planner can change the status). */
export function WithdrawMeasureDialog({
  measure,
  onConfirm,
  onCancel,
}: WithdrawMeasureDialogProps) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('withdraw.title')} onClose={onCancel}>
      <p>{t('withdraw.body', { title: measure.title })}</p>
      <div className="form__actions">
        {/* Cancel first: the dialog focuses the first button, and the safe choice is to stay. */}
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t('withdraw.confirm')}
        </button>
      </div>
    </Dialog>
  )
}
