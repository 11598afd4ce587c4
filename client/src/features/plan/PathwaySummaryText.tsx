import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { PathwaySummary } from './pathwaySummary.ts'

/** The chart's figures in words, beside it: the gap, and sectors cut more than they emit. */
export function PathwaySummaryText({ summary }: { summary: PathwaySummary }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const n = (value: number) => formatNumber(value, language)
  return (
    <div className="pathway__summary">
      <dl className="pathway__figures">
        <dt>{t('plan.chart.remainingIn', { year: summary.targetYear })}</dt>
        <dd>{t('plan.chart.tonnes', { value: n(summary.remainingTCO2e) })}</dd>
        <dt>{t('plan.chart.targetIn', { year: summary.targetYear })}</dt>
        <dd>{t('plan.chart.tonnes', { value: n(summary.targetTCO2e) })}</dd>
        <dt>{t('plan.chart.gap')}</dt>
        <dd className={summary.gapTCO2e > 0 ? 'pathway__gap' : 'pathway__reached'}>
          {summary.gapTCO2e > 0
            ? t('plan.chart.gapValue', {
                value: n(summary.gapTCO2e),
                pct: n(summary.gapPctOfBau),
              })
            : t('plan.chart.reached')}
        </dd>
      </dl>
      {summary.milestones.length > 0 ? (
        <ul className="pathway__milestones">
          {summary.milestones.map((m) => (
            <li key={m.year}>
              {t(m.gapTCO2e > 0 ? 'plan.chart.milestoneGap' : 'plan.chart.milestoneReached', {
                year: m.year,
                pct: n(m.reductionPct),
                remaining: n(m.remainingTCO2e),
                gap: n(m.gapTCO2e),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.clampedSectors.length > 0 ? (
        <p className="notice notice--warning">
          {t('plan.chart.clamped', {
            sectors: summary.clampedSectors.map((s) => t(`enums.emissionSector.${s}`)).join(', '),
          })}
        </p>
      ) : null}
      {summary.undatedCount > 0 ? (
        <p className="notice notice--warning">
          {t('plan.chart.undated', { count: summary.undatedCount })}
        </p>
      ) : null}
    </div>
  )
}
