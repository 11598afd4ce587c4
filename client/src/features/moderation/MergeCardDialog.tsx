import type { Measure } from '@pactboard/shared'
import { type FormEvent, useId, useState } from 'react'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'

interface MergeCardDialogProps {
  measure: Measure
  /** The cards it may merge into: the others on the board. */
  survivors: readonly Measure[]
  onSubmit: (into: string) => Promise<unknown>
  onDone: () => void
  onCancel: () => void
}

/** Merges a duplicate: the facilitator chooses the card that stays; dots and comments move there. */
export function MergeCardDialog(props: MergeCardDialogProps) {
  const { measure, survivors, onSubmit, onDone, onCancel } = props
  const { t } = useTranslation()
  const errorId = useId()
  const [into, setInto] = useState<string | null>(null)
  const [invalid, setInvalid] = useState(false)
  const { busy, error, run } = useApiCall()
  const sorted = [...survivors].sort((a, b) => a.title.localeCompare(b.title))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (into === null) {
      setInvalid(true)
      return
    }
    if (await run(() => onSubmit(into))) onDone()
  }

  return (
    <Dialog title={t('moderation.mergeTitle', { title: measure.title })} onClose={onCancel}>
      <form className="form" noValidate onSubmit={submit}>
        <p>{t('moderation.mergeIntro', { title: measure.title })}</p>
        {survivors.length === 0 ? (
          <p>{t('moderation.mergeNone')}</p>
        ) : (
          <fieldset
            className={invalid ? 'checkbox-group field--invalid' : 'checkbox-group'}
            aria-describedby={invalid ? errorId : undefined}
          >
            <legend>{t('moderation.mergeChoose')}</legend>
            <div className="checkbox-group__options">
              {sorted.map((survivor) => (
                <label key={survivor.id} className="checkbox">
                  <input
                    type="radio"
                    name="merge-into"
                    value={survivor.id}
                    checked={into === survivor.id}
                    onChange={() => {
                      setInto(survivor.id)
                      setInvalid(false)
                    }}
                  />
                  <span>{survivor.title}</span>
                </label>
              ))}
            </div>
            {invalid ? (
              <p id={errorId} className="field__error">
                {t('moderation.mergeRequired')}
              </p>
            ) : null}
          </fieldset>
        )}
        {error ? (
          <p className="notice notice--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          {survivors.length > 0 ? (
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('moderation.mergeConfirm')}
            </button>
          ) : null}
        </div>
      </form>
    </Dialog>
  )
}
