import {
  type PlanVersion,
  saveVersionRequestSchema,
  type VersionContentResponse,
} from '@pactboard/shared'
import { type FormEvent, useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { fetchVersion, restoreVersion, saveVersion } from '../../api/planApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { TextField } from '../../ui/Field.tsx'
import { useVersions } from './useVersions.ts'
import { VersionPreview } from './VersionPreview.tsx'

interface VersionsProps {
  api: ApiCaller
  canWrite: boolean
}

/** Named versions of the plan: save one, look at one, bring one back. */
export function Versions({ api, canWrite }: VersionsProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const headingId = useId()
  const { versions, error: listError, reload } = useVersions(api)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const { busy, error, run, retry } = useApiCall()
  const [status, setStatus] = useState('')
  const [viewing, setViewing] = useState<VersionContentResponse | null>(null)
  const [restoring, setRestoring] = useState<PlanVersion | null>(null)

  const dateOf = (iso: string) => formatDate(iso, language)

  const act = (work: () => Promise<string>) =>
    run(async () => {
      setStatus(await work())
      reload()
    })

  const handleSave = (event: FormEvent) => {
    event.preventDefault()
    const parsed = saveVersionRequestSchema.safeParse({ name })
    if (!parsed.success) {
      setNameError(t('plan.versions.nameRequired'))
      return
    }
    setNameError(undefined)
    void act(async () => {
      const { version } = await saveVersion(api, parsed.data.name)
      setName('')
      return t('plan.versions.saved', { name: version.name })
    })
  }

  const view = (version: PlanVersion) =>
    void act(async () => {
      setViewing(await fetchVersion(api, version.id))
      return ''
    })

  const restore = (version: PlanVersion) => {
    setRestoring(null)
    void act(async () => {
      await restoreVersion(api, version.id)
      return t('plan.versions.restored', { name: version.name })
    })
  }

  return (
    <section className="panel versions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.versions.heading')}</h3>
      {canWrite ? (
        <form className="versions__save" noValidate onSubmit={handleSave}>
          <TextField
            label={t('plan.versions.name')}
            hint={t('plan.versions.nameHint')}
            value={name}
            maxLength={120}
            error={nameError}
            onChange={(e) => setName(e.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('plan.versions.save')}
          </button>
        </form>
      ) : null}
      <p role="status" className="versions__status">
        {status}
      </p>
      <CallError error={error} onRetry={retry} className="notice notice--error" />
      {listError ? (
        <p className="notice notice--error">{apiErrorMessage(t, listError)}</p>
      ) : versions === null ? (
        <p className="board__empty">{t('plan.versions.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="board__empty">{t('plan.versions.empty')}</p>
      ) : (
        <ul className="versions__list" aria-label={t('plan.versions.listLabel')}>
          {versions.map((version) => (
            <li key={version.id} className="versions__item">
              <div>
                <strong id={`version-${version.id}`}>{version.name}</strong>
                <p className="versions__meta">
                  {t('plan.versions.meta', {
                    date: dateOf(version.createdAt),
                    name: version.author.displayName,
                  })}
                </p>
              </div>
              <div className="versions__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-describedby={`version-${version.id}`}
                  disabled={busy}
                  onClick={() => view(version)}
                >
                  {t('plan.versions.view')}
                </button>
                {canWrite ? (
                  <button
                    type="button"
                    className="button button--small"
                    aria-describedby={`version-${version.id}`}
                    disabled={busy}
                    onClick={() => setRestoring(version)}
                  >
                    {t('plan.versions.restore')}
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {viewing ? (
        <Dialog title={viewing.version.name} onClose={() => setViewing(null)}>
          <p className="versions__meta">
            {t('plan.versions.meta', {
              date: dateOf(viewing.version.createdAt),
              name: viewing.version.author.displayName,
            })}
          </p>
          <VersionPreview document={viewing.document} name={viewing.version.name} />
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setViewing(null)}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
      {restoring ? (
        <Dialog
          title={t('plan.versions.confirmTitle', { name: restoring.name })}
          onClose={() => setRestoring(null)}
        >
          <p>{t('plan.versions.confirmBody')}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setRestoring(null)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => restore(restoring)}
            >
              {t('plan.versions.restore')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  )
}
