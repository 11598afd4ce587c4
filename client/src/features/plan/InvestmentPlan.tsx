import {
  computeInvestmentPlan,
  FUNDING_STATUSES,
  type InvestmentTotals,
  type Measure,
} from '@pactboard/shared'
import { useId, useMemo } from 'react'
import type * as Y from 'yjs'
import { formatEur } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useModeratedMeasures } from '../../sync/useModeratedMeasures.ts'
import { usePortfolio } from './usePortfolio.ts'

interface InvestmentPlanProps {
  plan: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
}

/**
 * The investment plan of the measures in the plan (the CCC's part C): per year the investment
 * needed, the funding by status and the gap, then the totals. The figures are the measures' own
 * (edited on each measure); this only adds them up (shared/src/plan/investment.ts).
 */
export function InvestmentPlan({ plan, board, ledger }: InvestmentPlanProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const headingId = useId()
  const order = usePortfolio(plan)
  const measures = useModeratedMeasures(board, ledger)
  const investment = useMemo(() => {
    const byId = new Map(measures.map((m) => [m.id, m]))
    const inPlan = order.flatMap((id): Measure[] => {
      const measure = byId.get(id)
      return measure ? [measure] : []
    })
    return computeInvestmentPlan(inPlan)
  }, [measures, order])
  const eur = (value: number) => formatEur(value, language, false)

  const cells = (totals: InvestmentTotals) => (
    <>
      <td className="num">{eur(totals.neededEur)}</td>
      {FUNDING_STATUSES.map((status) => (
        <td key={status} className="num">
          {eur(totals.fundingByStatus[status])}
        </td>
      ))}
      <td className={totals.gapSecuredEur > 0 ? 'num investment__gap' : 'num'}>
        {eur(totals.gapSecuredEur)}
      </td>
      <td className={totals.gapAllEur > 0 ? 'num investment__gap' : 'num'}>
        {eur(totals.gapAllEur)}
      </td>
    </>
  )

  return (
    <section className="panel investment" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.investment.heading')}</h3>
      {investment.years.length === 0 ? (
        <p className="board__empty">{t('plan.investment.empty')}</p>
      ) : (
        <>
          <p className="investment__summary">
            {t('plan.investment.summary', {
              needed: eur(investment.total.neededEur),
              secured: eur(investment.total.fundingByStatus.secured),
              gap: eur(investment.total.gapSecuredEur),
            })}
          </p>
          <div className="table-scroll">
            <table className="portfolio__table investment__table">
              <caption className="visually-hidden">{t('plan.investment.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('plan.investment.year')}</th>
                  <th scope="col" className="num">
                    {t('plan.investment.needed')}
                  </th>
                  {FUNDING_STATUSES.map((status) => (
                    <th key={status} scope="col" className="num">
                      {t('plan.investment.funding', {
                        status: t(`enums.fundingStatus.${status}`),
                      })}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t('plan.investment.gapSecured')}
                  </th>
                  <th scope="col" className="num">
                    {t('plan.investment.gapAll')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {investment.years.map((y) => (
                  <tr key={y.year ?? 'none'}>
                    <th scope="row">{y.year ?? t('plan.investment.yearNotGiven')}</th>
                    {cells(y)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('plan.investment.total')}</th>
                  {cells(investment.total)}
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="field__hint">{t('plan.investment.hint')}</p>
        </>
      )}
    </section>
  )
}
