import { COMMENT_MAX_CHARS, commentTextSchema } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { TextAreaField } from '../../ui/Field.tsx'

interface CommentFormProps {
  /** The form's accessible name ("Add a comment"), the field's label and the submit button's. */
  name: string
  label: string
  submit: string
  initial?: string
  onSubmit: (text: string) => void
  onCancel?: (() => void) | undefined
}

/** One text field and a button, for a new comment and for editing one's own. */
export function CommentForm({
  name,
  label,
  submit,
  initial = '',
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(initial)
  const [error, setError] = useState<string | undefined>(undefined)

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = commentTextSchema.safeParse(text)
    if (!parsed.success) {
      setError(
        text.trim().length === 0
          ? t('comments.required')
          : t('comments.tooLong', { max: COMMENT_MAX_CHARS }),
      )
      return
    }
    onSubmit(parsed.data)
    setText('')
    setError(undefined)
  }

  return (
    <form className="comment-form" aria-label={name} onSubmit={handleSubmit} noValidate>
      <TextAreaField
        label={label}
        value={text}
        rows={2}
        maxLength={COMMENT_MAX_CHARS}
        error={error}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="comment-form__actions">
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
        <button type="submit" className="button button--small">
          {submit}
        </button>
      </div>
    </form>
  )
}
