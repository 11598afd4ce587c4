import { PUBLIC_PLAN_PARTS, type PublicationResponse, type PublicPlanPart } from '@pactboard/shared'
import { useEffect, useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { fetchPublication, savePublication } from '../../api/publicationApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { CheckboxGroup } from '../../ui/CheckboxGroup.tsx'

const sameParts = (a: readonly PublicPlanPart[], b: readonly PublicPlanPart[]) =>
  a.length === b.length && a.every((part) => b.includes(part))

/**
 * [P28] The planners' control of the plan's public page: which parts it shows, publish and
 * unpublish, and its link to hand to the city. The settings are the server's (no doc holds them),
 * so the panel reads them once and keeps what each save answers. Its texts come with its module
 * (PlanView loads it with them).
 */
export function PublishPanel({ api }: { api: ApiCaller }) {
  const { t } = useTranslation()
  const headingId = useId()
  const [saved, setSaved] = useState<PublicationResponse | null>(null)
  const [parts, setParts] = useState<PublicPlanPart[]>([])
  const [copied, setCopied] = useState(false)
  const [note, setNote] = useState(false)
  const loading = useApiCall()
  const saving = useApiCall()
  const { run: runLoading } = loading

  useEffect(() => {
    void runLoading(async () => {
      const settings = await fetchPublication(api)
      setSaved(settings)
      setParts(settings.parts)
    })
  }, [api, runLoading])

  const save = (published: boolean) => {
    setNote(false)
    return saving.run(async () => {
      const settings = await savePublication(api, { published, parts })
      setSaved(settings)
      setParts(settings.parts)
      setCopied(false)
      setNote(true)
    })
  }

  const link = saved?.path ? `${window.location.origin}${saved.path}` : null
  const handleCopy = async () => {
    if (!link) return
    await navigator.clipboard?.writeText(link)
    setCopied(true)
  }
  const noParts = parts.length === 0

  return (
    <section className="panel publish" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('publication.panel.heading')}</h3>
      <p className="field__hint">{t('publication.panel.hint')}</p>
      <CallError error={loading.error} onRetry={loading.retry} />
      {saved ? (
        <>
          <CheckboxGroup
            legend={t('publication.panel.parts')}
            options={PUBLIC_PLAN_PARTS.map((part) => ({
              value: part,
              label: t(`publication.panel.part.${part}`),
            }))}
            value={parts}
            onChange={(next) => {
              setParts(next)
              setNote(false)
            }}
            error={noParts ? t('publication.panel.noParts') : undefined}
          />
          <p className="publish__state">
            {saved.published
              ? t('publication.panel.published')
              : t('publication.panel.notPublished')}
          </p>
          <div className="publish__actions">
            {saved.published ? (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={saving.busy || noParts || sameParts(parts, saved.parts)}
                  onClick={() => save(true)}
                >
                  {t('publication.panel.save')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={saving.busy}
                  onClick={() => save(false)}
                >
                  {t('publication.panel.unpublish')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--primary"
                disabled={saving.busy || noParts}
                onClick={() => save(true)}
              >
                {t('publication.panel.publish')}
              </button>
            )}
            <span role="status" className="publish__note">
              {note ? t('publication.panel.saved') : ''}
            </span>
          </div>
          <CallError error={saving.error} onRetry={saving.retry} />
          {link && saved.path ? (
            <>
              <div className="publish__link">
                <input
                  readOnly
                  value={link}
                  aria-label={t('publication.panel.link')}
                  onFocus={(e) => e.currentTarget.select()}
                />
                <button type="button" className="button" onClick={handleCopy}>
                  {copied ? t('publication.panel.copied') : t('publication.panel.copy')}
                </button>
                <a href={saved.path} target="_blank" rel="noopener">
                  {t('publication.panel.open')}
                </a>
              </div>
              <p className="field__hint">{t('publication.panel.unpublishHint')}</p>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
