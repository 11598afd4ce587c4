import type { PrivacyNoticeResponse } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { fetchPrivacyNotice } from '../../api/privacyApi.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/**
 * The short privacy notice before joining (GDPR art. 13): what is kept, who sees it, for how
 * long, who is responsible, and one's rights. Worded here from the deployment's facts (GET
 * /api/privacy), unless the deployment wrote its own text for this language. Until the facts
 * arrive (or if they cannot be had) it says what holds everywhere.
 */
export function PrivacyNotice() {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const [facts, setFacts] = useState<PrivacyNoticeResponse | null>(null)

  useEffect(() => {
    let cancelled = false
    fetchPrivacyNotice().then(
      (answer) => {
        if (!cancelled) setFacts(answer)
      },
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [])

  const own = facts?.notices[language]
  const lines = own
    ? own.split(/\n\s*\n/).map((paragraph) => paragraph.trim())
    : [
        t('privacy.notice.kept'),
        t('privacy.notice.seen'),
        facts?.retentionDays
          ? t('privacy.notice.howLongDays', { days: facts.retentionDays })
          : t('privacy.notice.howLong'),
        facts?.controller
          ? t('privacy.notice.controller', { controller: facts.controller })
          : t('privacy.notice.controllerUnknown'),
        t('privacy.notice.rights'),
      ]

  return (
    <div className="privacy-notice" role="note" aria-label={t('privacy.notice.heading')}>
      <p className="privacy-notice__heading">{t('privacy.notice.heading')}</p>
      <ul className="privacy-notice__list">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {facts?.policyUrl ? (
        <p>
          <a href={facts.policyUrl} target="_blank" rel="noreferrer">
            {t('privacy.notice.policy')}
          </a>
        </p>
      ) : null}
    </div>
  )
}
