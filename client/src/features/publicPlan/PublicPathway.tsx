import type { PublicPathway as PublicPathwayFigures } from '@pactboard/shared'
import { Suspense, useMemo } from 'react'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { lazyNamed } from '../../ui/lazyNamed.ts'
import { PathwaySummaryText } from '../plan/PathwaySummaryText.tsx'
import { summarisePathway } from '../plan/pathwaySummary.ts'

// ECharts is the heaviest thing the page could load; the figures in words and the milestones'
// table come first, and the chart once its chunk is in.
const PathwayCanvas = lazyNamed(() => import('../plan/PathwayCanvas.tsx'), 'PathwayCanvas')

/** The pathway to the target: the chart, its figures in words, and the target's milestones. */
export function PublicPathway({ figures }: { figures: PublicPathwayFigures }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const n = (value: number) => formatNumber(value, language)
  const summary = useMemo(() => summarisePathway(figures.pathway), [figures])
  const tonnes = (value: number) => t('plan.chart.tonnes', { value: n(value) })
  return (
    <>
      <p>
        {t('publication.page.pathwayLede', {
          pct: n(figures.reductionPct),
          referenceYear: figures.referenceYear,
          targetYear: figures.targetYear,
          baselineYear: figures.baselineYear,
        })}
      </p>
      {summary ? (
        <div className="pathway__body">
          <Suspense fallback={<p className="board__empty">{t('publication.page.chartLoading')}</p>}>
            <PathwayCanvas pathway={figures.pathway} summary={summary} />
          </Suspense>
          <PathwaySummaryText summary={summary} />
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="portfolio__table">
          <caption>{t('publication.page.milestones')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('publication.page.milestoneYear')}</th>
              <th scope="col" className="num">
                {t('publication.page.milestoneReduction')}
              </th>
              <th scope="col" className="num">
                {t('publication.page.milestoneAllowed')}
              </th>
              <th scope="col" className="num">
                {t('publication.page.milestoneRemaining')}
              </th>
              <th scope="col" className="num">
                {t('publication.page.milestoneGap')}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.pathway.milestones.map((m) => (
              <tr key={m.year}>
                <th scope="row">{m.year}</th>
                <td className="num" data-label={t('publication.page.milestoneReduction')}>
                  −{n(m.reductionPct)} %
                </td>
                <td className="num" data-label={t('publication.page.milestoneAllowed')}>
                  {tonnes(m.allowedTCO2e)}
                </td>
                <td className="num" data-label={t('publication.page.milestoneRemaining')}>
                  {tonnes(m.remainingTCO2e)}
                </td>
                <td
                  className={m.gapTCO2e > 0 ? 'num investment__gap' : 'num'}
                  data-label={t('publication.page.milestoneGap')}
                >
                  {tonnes(m.gapTCO2e)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
