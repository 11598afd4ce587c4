import {
  type Candidate,
  type CandidateStatusChange,
  CITIZEN_REASON_MAX_CHARS,
  citizenReasonSchema,
  SETTABLE_CANDIDATE_STATUSES,
  type SettableCandidateStatus,
} from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { TextAreaField } from '../../ui/Field.tsx'
import { RadioGroup } from '../../ui/RadioGroup.tsx'

interface StatusDialogProps {
  candidate: Candidate
  onSubmit: (change: CandidateStatusChange) => Promise<unknown>
  onDone: (change: CandidateStatusChange) => void
  onCancel: () => void
}

/** [W10] Moves a candidate to a status; a rejection asks for the reason its proposers will read. */
export function StatusDialog({ candidate, onSubmit, onDone, onCancel }: StatusDialogProps) {
  const { t } = useTranslation()
  const current = candidate.state.status
  const [status, setStatus] = useState<SettableCandidateStatus | null>(
    current === 'proposed' || current === 'merged' ? null : current,
  )
  const [reason, setReason] = useState(
    candidate.state.status === 'rejected' ? candidate.state.reason : '',
  )
  const [invalid, setInvalid] = useState<{ status?: string; reason?: string }>({})
  const { busy, error, run } = useApiCall()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (status === null) {
      setInvalid({ status: t('candidates.statusRequired') })
      return
    }
    // The reason's own schema, not the change's: a phone's build would carry the union's code.
    const parsed = citizenReasonSchema.safeParse(reason)
    if (status === 'rejected' && !parsed.success) {
      setInvalid({
        reason:
          reason.trim().length > CITIZEN_REASON_MAX_CHARS
            ? t('candidates.reasonTooLong', { maximum: CITIZEN_REASON_MAX_CHARS })
            : t('candidates.reasonRequired'),
      })
      return
    }
    setInvalid({})
    const change: CandidateStatusChange =
      status === 'rejected' ? { status, reason: parsed.data ?? '' } : { status }
    if (await run(() => onSubmit(change))) onDone(change)
  }

  return (
    <Dialog title={t('candidates.statusTitle', { title: candidate.title })} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <RadioGroup
          legend={t('candidates.statusLegend')}
          options={SETTABLE_CANDIDATE_STATUSES.map((value) => ({
            value,
            label: t(`enums.measureStatus.${value}`),
          }))}
          value={status}
          onChange={(value) => {
            setStatus(value)
            setInvalid({})
          }}
          error={invalid.status}
        />
        {status === 'rejected' ? (
          <TextAreaField
            label={t('candidates.reasonLabel')}
            hint={t('candidates.reasonHint')}
            value={reason}
            rows={4}
            required
            maxLength={CITIZEN_REASON_MAX_CHARS}
            error={invalid.reason}
            onChange={(event) => setReason(event.target.value)}
          />
        ) : null}
        <CallError error={error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('candidates.saveStatus')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
