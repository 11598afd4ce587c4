import { type Actor, type MeasureFields, measureFieldsSchema } from '@pactboard/shared'
import { type FormEvent, Suspense, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Disclosure } from '../../ui/Disclosure.tsx'
import { errorsFromIssues, type FieldErrors } from '../../ui/fieldErrors.ts'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { EssentialFields } from './EssentialFields.tsx'
import { draftFromFields, fieldsFromDraft, type MeasureDraft } from './measureDraft.ts'

interface MeasureFormProps {
  initial: MeasureFields
  actors: readonly Actor[]
  /** Receives fields that passed `measureFieldsSchema`; may throw to report a failed write. */
  onSubmit: (fields: MeasureFields) => void
  onCancel: () => void
  /** Why saving is not possible now (the phase is closed); the form still shows the fields. */
  saveBlockedReason?: string | null
  /** False for a new proposal: the person picks the field of action; none is picked for them. */
  fieldChosen?: boolean
  /** Shows the figures at once (editing, completing them); a new proposal offers them folded. */
  figuresOpen?: boolean
}

// Asked for as the form first renders (inside the folded section too), so it is in by the time
// anyone unfolds it.
const MeasureFigures = lazyNamed(() => import('./MeasureFigures.tsx'), 'MeasureFigures')

/** The fields shown under "Figures": an error in one of them unfolds the section. */
const ESSENTIAL_FIELDS = new Set(['title', 'description', 'fieldOfAction'])

/**
 * Every field of the CCC action outline, validated by the shared schema on submit: first what
 * a citizen knows (title, what it changes, the field of action), then the figures, optional,
 * which the proposer or the planners may add later.
 */
export function MeasureForm({
  initial,
  actors,
  onSubmit,
  onCancel,
  saveBlockedReason = null,
  fieldChosen = true,
  figuresOpen = true,
}: MeasureFormProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<MeasureDraft>(() => draftFromFields(initial, fieldChosen))
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
      const found = errorsFromIssues(parsed.error.issues)
      if (draft.fieldOfAction === null) found.fieldOfAction = { key: 'proposal.chooseField' }
      setErrors(found)
      setAttempt((n) => n + 1)
      focusFirstInvalid()
      return
    }
    setErrors({})
    try {
      onSubmit(parsed.data)
    } catch {
      setWriteError(t('errors.unexpected'))
    }
  }

  const errorCount = Object.keys(errors).length
  const figureErrors = Object.keys(errors).some((field) => !ESSENTIAL_FIELDS.has(field))
  return (
    <form ref={formRef} className="form measure-form" onSubmit={handleSubmit} noValidate>
      {errorCount > 0 ? (
        <p role="alert" className="form__error">
          {t('measure.fixErrors', { count: errorCount })}
        </p>
      ) : null}
      <EssentialFields draft={draft} update={update} error={error} />
      <Disclosure
        summary={t('proposal.figures')}
        openSignal={figureErrors ? attempt : figuresOpen ? 0 : null}
      >
        <Suspense fallback={<p className="field__hint">{t('proposal.figuresHint')}</p>}>
          <MeasureFigures
            draft={draft}
            update={update}
            error={error}
            actors={actors}
            invalidFields={Object.keys(errors)}
            attempt={attempt}
          />
        </Suspense>
      </Disclosure>
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
