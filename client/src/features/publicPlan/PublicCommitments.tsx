import type { PublicCommitment } from '@pactboard/shared'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

const day = (iso: string, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso))

/**
 * The commitments register as the public reads it: each organisation's standing commitments,
 * what and by when, and the day it signed; never who signed nor its signatory ([G7]).
 */
export function PublicCommitments({ commitments }: { commitments: PublicCommitment[] }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  if (commitments.length === 0) {
    return <p className="board__empty">{t('publication.page.noCommitments')}</p>
  }
  return (
    <div className="table-scroll">
      <table className="portfolio__table public-commitments">
        <caption className="visually-hidden">{t('publication.page.commitmentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('publication.page.organisation')}</th>
            <th scope="col">{t('publication.page.commitment')}</th>
            <th scope="col">{t('publication.page.target')}</th>
            <th scope="col">{t('publication.page.signedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {commitments.map((c) => (
            <tr key={`${c.organisation} ${c.signedAt} ${c.text}`}>
              <th scope="row">
                {c.organisation}
                <span className="public-commitments__kind">
                  {t(`enums.actorKind.${c.kind}`)}
                  {c.sector ? `, ${c.sector}` : ''}
                </span>
              </th>
              <td data-label={t('publication.page.commitment')}>
                {c.text}
                {c.measure ? (
                  <span className="public-commitments__measure">
                    {t('commitments.forMeasure', { title: c.measure })}
                  </span>
                ) : null}
              </td>
              <td data-label={t('publication.page.target')}>
                {t('commitments.targetSummary', {
                  value: formatNumber(c.target.value, language),
                  unit: c.target.unit,
                  year: c.target.year,
                })}
                {c.tCO2eEquivalent ? (
                  <span className="public-commitments__measure">
                    {t('commitments.equivalentSummary', {
                      value: formatNumber(c.tCO2eEquivalent.tCO2ePerYear, language),
                      method: c.tCO2eEquivalent.method,
                    })}
                  </span>
                ) : null}
              </td>
              <td data-label={t('publication.page.signedOn')}>{day(c.signedAt, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
