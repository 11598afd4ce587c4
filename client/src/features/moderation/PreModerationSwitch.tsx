import { useId } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { setPreModeration } from '../../api/moderationApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** [P17] The facilitator's pre-moderation switch; the ledger says whether it is on. */
export function PreModerationSwitch({ on, api }: { on: boolean; api: ApiCaller }) {
  const { t } = useTranslation()
  const id = useId()
  const { busy, error, run } = useApiCall()
  return (
    <div className="moderation__switch">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          aria-checked={on}
          disabled={busy}
          aria-describedby={`${id}-hint`}
          onChange={(event) => void run(() => setPreModeration(api, event.target.checked))}
        />
        <span>{t('moderation.preModeration')}</span>
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {t('moderation.preModerationHint')}
      </p>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
