import { type ExportFormat, isLanguage, LANGUAGES, type Language } from '@pactboard/shared'
import { useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { fetchExport, saveBlob } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useLanguageName } from '../../i18n/languageName.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'

/** In the order planners ask for them; the labels are what the file is called, not the format. */
const BUTTONS: { format: ExportFormat; label: string }[] = [
  { format: 'docx', label: 'DOCX' },
  { format: 'pdf', label: 'PDF' },
  { format: 'xlsx', label: 'XLSX' },
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
  { format: 'json', label: 'JSON' },
]

interface ExportButtonsProps {
  api: ApiCaller
  /** The workshop's language, the one an export speaks unless the planner picks another. */
  language: Language
}

/**
 * Downloads of the plan (DESIGN §6), through fetch so the token goes in a header, in the
 * workshop's language or any other: a Swedish-speaking planner of a Finnish workshop can hand the
 * council a Swedish copy.
 */
export function ExportButtons({ api, language: workshopLanguage }: ExportButtonsProps) {
  const { t } = useTranslation()
  const languageId = useId()
  const nameOf = useLanguageName()
  const [language, setLanguage] = useState<Language>(workshopLanguage)
  const { busy, error, run, retry } = useApiCall((t, cause) =>
    t('plan.export.failed', { error: apiErrorMessage(t, cause) }),
  )
  // Which download is on its way, for that button to say so.
  const [pending, setPending] = useState<ExportFormat | null>(null)
  // [G4] Organisations named, people not, by default; anonymised names nobody.
  const [anonymised, setAnonymised] = useState(false)

  const download = async (format: ExportFormat) => {
    setPending(format)
    await run(async () =>
      saveBlob(await fetchExport(api, format, language, anonymised ? 'anonymised' : 'default')),
    )
    setPending(null)
  }

  return (
    <div className="exports">
      <div className="exports__language">
        <label htmlFor={languageId}>{t('plan.export.language')}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => {
            if (isLanguage(event.target.value)) setLanguage(event.target.value)
          }}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {nameOf(lang)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="exports__buttons">
        <legend className="visually-hidden">{t('plan.export.label')}</legend>
        {BUTTONS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button--small"
            aria-label={t('plan.export.download', { format: label })}
            aria-busy={busy && pending === format}
            disabled={busy}
            onClick={() => void download(format)}
          >
            {label}
          </button>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={anonymised}
          onChange={(e) => setAnonymised(e.target.checked)}
        />
        <span>{t('privacy.export.anonymised')}</span>
      </label>
      <p className="field__hint">{t('privacy.export.hint')}</p>
      <CallError error={error} onRetry={retry} className="notice notice--error" />
    </div>
  )
}
