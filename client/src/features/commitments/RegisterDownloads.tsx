import type { ApiCaller } from '../../api/apiCaller.ts'
import { fetchCommitmentRegister, saveBlob } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'

const FORMATS = [
  { format: 'xlsx', label: 'XLSX' },
  { format: 'csv', label: 'CSV' },
] as const

/** [P7] The commitments register on its own, for the planners' files, in the screen's language. */
export function RegisterDownloads({ api }: { api: ApiCaller }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const download = useApiCall()
  return (
    <div className="register-downloads inline-actions">
      <span>{t('commitments.registerDownloads')}</span>
      {FORMATS.map(({ format, label }) => (
        <button
          key={format}
          type="button"
          className="button button--small"
          aria-label={t('commitments.registerDownloadAs', { format: label })}
          disabled={download.busy}
          onClick={() =>
            void download.run(async () =>
              saveBlob(await fetchCommitmentRegister(api, format, language)),
            )
          }
        >
          {label}
        </button>
      ))}
      <CallError error={download.error} onRetry={download.retry} />
    </div>
  )
}
