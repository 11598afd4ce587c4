import type { LibraryMeasure } from '@pactboard/shared'
import { totalReductionTCO2ePerYear } from '@pactboard/shared'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

interface LibraryMeasureItemProps {
  measure: LibraryMeasure
  /** Null when the workspace has no workshop to copy into. */
  onCopy: (() => void) | null
}

/** [W18] One measure of a library: its words and the figures a city reuses. */
export function LibraryMeasureItem({ measure, onCopy }: LibraryMeasureItemProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const { fields } = measure
  const { startYear, endYear } = fields.timeline
  const list = (values: readonly string[]) => values.join(', ') || t('libraries.notGiven')
  return (
    <li className="candidate">
      <h4 className="candidate__title">{fields.title}</h4>
      <p className="candidate__meta">
        {t(`enums.fieldOfAction.${fields.fieldOfAction}`)} ·{' '}
        {t(`enums.actionType.${fields.actionType}`)}
      </p>
      {fields.description ? <p>{fields.description}</p> : null}
      <dl className="card__figures">
        <div>
          <dt>{t('libraries.reduction')}</dt>
          <dd>
            {t('libraries.tonnesPerYear', {
              value: formatNumber(totalReductionTCO2ePerYear(fields), language),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('libraries.capex')}</dt>
          <dd>{formatEur(fields.cost.capexEur, language)}</dd>
        </div>
        <div>
          <dt>{t('libraries.opex')}</dt>
          <dd>{formatEur(fields.cost.opexEurPerYear, language)}</dd>
        </div>
        <div>
          <dt>{t('libraries.timeline')}</dt>
          <dd>
            {startYear === null && endYear === null
              ? t('libraries.notGiven')
              : `${startYear ?? '…'}–${endYear ?? '…'}`}
          </dd>
        </div>
        <div>
          <dt>{t('libraries.sectors')}</dt>
          <dd>{list(fields.emissionSectors.map((s) => t(`enums.emissionSector.${s}`)))}</dd>
        </div>
        <div>
          <dt>{t('libraries.levers')}</dt>
          <dd>{list(fields.systemicLevers.map((l) => t(`enums.systemicLever.${l}`)))}</dd>
        </div>
      </dl>
      {onCopy ? (
        <div className="candidate__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t('libraries.copyNamed', { title: fields.title })}
            onClick={onCopy}
          >
            {t('libraries.copy')}
          </button>
        </div>
      ) : null}
    </li>
  )
}
