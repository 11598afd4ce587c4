import { useTranslation } from '../i18n/useTranslation.tsx'

interface CallErrorProps {
  error: string | null
  /** Offers "Try again" when given: the same request once more. */
  onRetry?: (() => void) | undefined
  className?: string
}

/** A failed request said where it happened, with a way to try it again. */
export function CallError({ error, onRetry, className = 'form__error' }: CallErrorProps) {
  const { t } = useTranslation()
  if (!error) return null
  return (
    <p role="alert" className={`call-error ${className}`}>
      <span>{error}</span>
      {onRetry ? (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('console.tryAgain')}
        </button>
      ) : null}
    </p>
  )
}
