import type { ReactNode } from 'react'
import type { DescribeFailure } from '../api/useApiCall.ts'
import { useApiCall } from '../api/useApiCall.ts'
import { useTranslation } from '../i18n/useTranslation.tsx'
import { CallError } from './CallError.tsx'
import { Dialog } from './Dialog.tsx'

interface ConfirmDialogProps {
  title: string
  body: ReactNode
  /** The confirming button, naming what it does to whom ("Remove Alice"). */
  confirmLabel: string
  /** The same button while the request is on its way ("Removing…"). */
  busyLabel: string
  /** Danger for what cannot be undone and loses data (erasing, deleting). */
  tone?: 'primary' | 'danger'
  /** The request; the dialog says why it failed and stays, or calls `onDone`. */
  action: () => Promise<unknown>
  describeFailure?: DescribeFailure
  onDone: () => void
  onCancel: () => void
}

/**
 * Asks before something that cannot be undone. Cancel comes first: the dialog focuses its first
 * button, and the safe choice is to stay. While the request is on its way the dialog cannot be
 * closed, so nobody leaves believing they cancelled what the server is already doing.
 */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  busyLabel,
  tone = 'primary',
  action,
  describeFailure,
  onDone,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation()
  const { busy, error, run } = useApiCall(describeFailure)
  const cancel = () => {
    if (!busy) onCancel()
  }
  const confirm = async () => {
    if (await run(action)) onDone()
  }
  return (
    <Dialog title={title} onClose={cancel}>
      <p>{body}</p>
      <CallError error={error} />
      <div className="form__actions">
        <button type="button" className="button" onClick={cancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={`button button--${tone}`}
          onClick={confirm}
          disabled={busy}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
