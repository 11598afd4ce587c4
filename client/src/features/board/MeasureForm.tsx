import { type Actor, type MeasureFields, measureFieldsSchema } from '@pactboard/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorsFromIssues, type FieldErrors } from '../../ui/fieldErrors.ts'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { EssentialFields } from './EssentialFields.tsx'
import { MoreFields } from './MoreFields.tsx'
import { draftFromFields, fieldsFromDraft, type MeasureDraft } from './measureDraft.ts'

interface MeasureFormProps {
  initial: MeasureFields
  actors: readonly Actor[]
  /** Receives fields that passed `measureFieldsSchema`; may throw to report a failed write. */
  onSubmit: (fields: MeasureFields) => void
  onCancel: () => void
  /** Why saving is not possible now (the phase is closed); the form still shows the fields. */
  saveBlockedReason?: string | null
}

/** Every field of the CCC action outline, validated by the shared schema on submit. */
export function MeasureForm({
  initial,
  actors,
  onSubmit,
  onCancel,
  saveBlockedReason = null,
}: MeasureFormProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<MeasureDraft>(() => draftFromFields(initial))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [writeError, setWriteError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const blockedId = useId()

  const update = (patch: Partial<MeasureDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const error = (field: string) => {
    const message = errors[field]
    return message ? t(message.key, message.values) : undefined
  }

  const focusFirstInvalid = useFocusFirstInvalid(formRef)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    setWriteError(null)
    if (saveBlockedReason !== null) return
    const parsed = measureFieldsSchema.safeParse(fieldsFromDraft(draft))
    if (!parsed.success) {
      setErrors(errorsFromIssues(parsed.error.issues))
      setAttempt((n) => n + 1)
      focusFirstInvalid()
      return
    }
    setErrors({})
    try {
      onSubmit(parsed.data)
    } catch (cause) {
      setWriteError(t('errors.unexpected', { message: (cause as Error).message }))
    }
  }

  const errorCount = Object.keys(errors).length
  return (
    <form ref={formRef} className="form measure-form" onSubmit={handleSubmit} noValidate>
      {errorCount > 0 ? (
        <p role="alert" className="form__error">
          {t('measure.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      <EssentialFields draft={draft} update={update} error={error} />
      <MoreFields
        draft={draft}
        update={update}
        error={error}
        actors={actors}
        invalidFields={Object.keys(errors)}
        attempt={attempt}
      />
      {writeError ? (
        <p role="alert" className="form__error">
          {writeError}
        </p>
      ) : null}
      {saveBlockedReason ? (
        <p id={blockedId} className="notice">
          {saveBlockedReason}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button
          type="submit"
          className="button button--primary"
          disabled={saveBlockedReason !== null}
          aria-describedby={saveBlockedReason ? blockedId : undefined}
        >
          {t('measure.save')}
        </button>
      </div>
    </form>
  )
}
