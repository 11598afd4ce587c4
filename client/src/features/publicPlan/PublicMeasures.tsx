import type { PublicMeasure } from '@pactboard/shared'
import type { ReactNode } from 'react'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** The measures in the plan, in its order, each with its figures: no proposer, no votes ([G7]). */
export function PublicMeasures({ measures }: { measures: PublicMeasure[] }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  if (measures.length === 0) return <p className="board__empty">{t('plan.portfolio.empty')}</p>
  const eur = (value: number) => formatEur(value, language)
  const list = (values: readonly string[], vocabulary?: string) =>
    values.map((v) => (vocabulary ? t(`enums.${vocabulary}.${v}`) : v)).join(', ')
  const fact = (label: string, value: ReactNode) =>
    value === null || value === '' ? null : (
      <div className="public-measure__fact">
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    )
  const timeline = ({ startYear, endYear }: PublicMeasure) =>
    startYear === null ? null : endYear === null ? String(startYear) : `${startYear}–${endYear}`

  return (
    <ol className="public-measures">
      {measures.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the plan's order, never reordered in place
        <li key={i} className="public-measure">
          <h3>{m.title}</h3>
          {m.description ? <p>{m.description}</p> : null}
          <dl className="public-measure__facts">
            {fact(t('card.fieldOfAction'), t(`enums.fieldOfAction.${m.fieldOfAction}`))}
            {fact(t('card.status'), t(`enums.measureStatus.${m.status}`))}
            {fact(
              t('card.reduction'),
              t('card.tCO2ePerYear', { value: formatNumber(m.reductionTCO2ePerYear, language) }),
            )}
            {fact(t('card.totalCost'), eur(m.totalCostEur))}
            {fact(
              t('plan.portfolio.costPerTonne'),
              m.costPerTCO2eEur === null ? null : eur(m.costPerTCO2eEur),
            )}
            {fact(t('publication.page.timeline'), timeline(m))}
            {fact(t('publication.page.responsible'), list(m.responsible))}
            {fact(t('publication.page.collaborators'), list(m.collaborators))}
            {fact(t('card.levers'), list(m.systemicLevers, 'systemicLever'))}
            {fact(t('publication.page.coBenefits'), list(m.coBenefits, 'coBenefit'))}
          </dl>
        </li>
      ))}
    </ol>
  )
}
