import { MODERATION_REASON_MAX_CHARS, moderationReasonSchema } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { TextAreaField } from '../../ui/Field.tsx'

interface ReasonDialogProps {
  title: string
  intro: string
  label: string
  confirm: string
  /** Sends the reason; the dialog closes when it succeeds and shows the error when it fails. */
  onSubmit: (reason: string) => Promise<unknown>
  onDone: () => void
  onCancel: () => void
}

/** Asks for a reason before hiding or reporting a card: the reason is required. */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, intro, label, confirm, onSubmit, onDone, onCancel } = props
  const { t } = useTranslation()
  const [reason, setReason] = useState('')
  const [invalid, setInvalid] = useState<string | undefined>(undefined)
  const { busy, error, run } = useApiCall()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = moderationReasonSchema.safeParse(reason)
    if (!parsed.success) {
      setInvalid(
        reason.trim() === ''
          ? t('moderation.reasonRequired')
          : t('moderation.reasonTooLong', { maximum: MODERATION_REASON_MAX_CHARS }),
      )
      return
    }
    setInvalid(undefined)
    if (await run(() => onSubmit(parsed.data))) onDone()
  }

  return (
    <Dialog title={title} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <p>{intro}</p>
        <TextAreaField
          label={label}
          value={reason}
          rows={3}
          required
          error={invalid}
          onChange={(event) => setReason(event.target.value)}
        />
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {confirm}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
