import type { Candidate } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { RadioGroup } from '../../ui/RadioGroup.tsx'

interface MergeDialogProps {
  candidate: Candidate
  /** What it may be merged into (candidateQuery's mergeTargets). */
  targets: readonly Candidate[]
  onSubmit: (into: string) => Promise<unknown>
  onDone: (into: Candidate) => void
  onCancel: () => void
}

/** [W9] Merges a duplicate into the candidate that stays; both keep where they were proposed. */
export function MergeDialog({ candidate, targets, onSubmit, onDone, onCancel }: MergeDialogProps) {
  const { t } = useTranslation()
  const [into, setInto] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const { busy, error, run } = useApiCall()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const survivor = targets.find((target) => target.id === into)
    if (!survivor) {
      setInvalid(true)
      return
    }
    if (await run(() => onSubmit(survivor.id))) onDone(survivor)
  }

  return (
    <Dialog title={t('candidates.mergeTitle', { title: candidate.title })} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <p>{t('candidates.mergeIntro')}</p>
        {targets.length === 0 ? (
          <p>{t('candidates.mergeNone')}</p>
        ) : (
          <RadioGroup
            legend={t('candidates.mergeChoose')}
            options={targets.map((target) => ({
              value: target.id,
              label: `${target.title} (${t(`enums.fieldOfAction.${target.fieldOfAction}`)})`,
            }))}
            value={into}
            onChange={(value) => {
              setInto(value)
              setInvalid(false)
            }}
            error={invalid ? t('candidates.mergeRequired') : undefined}
          />
        )}
        <CallError error={error} />
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {targets.length > 0 ? (
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('candidates.mergeConfirm')}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  )
}
