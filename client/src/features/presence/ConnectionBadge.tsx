import { useTranslation } from '../../i18n/useTranslation.tsx'
import {
  type ConnectionState,
  selectConnectionState,
  useConnectionStore,
} from '../../sync/connectionStore.ts'

/** Online / reconnecting / offline, announced politely when it changes. */
export function ConnectionBadge() {
  const { t } = useTranslation()
  const state: ConnectionState = useConnectionStore(selectConnectionState)
  return (
    <p className={`badge badge--${state}`} role="status" aria-live="polite">
      <span className="badge__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </p>
  )
}
