import { FUNDING_STATUSES, type InvestmentTotals, type InvestmentYear } from '@pactboard/shared'
import { formatEur } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

interface InvestmentTableProps {
  years: readonly InvestmentYear[]
  total: InvestmentTotals
}

/**
 * The investment plan in figures: in a sentence the investment needed, what is secured and the
 * gap; then per year the investment needed, the funding by status and the gaps, and the totals.
 * The plan screen and the public page show the same table.
 */
export function InvestmentTable({ years, total }: InvestmentTableProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const eur = (value: number) => formatEur(value, language, false)

  const funding = (status: (typeof FUNDING_STATUSES)[number]) =>
    t('plan.investment.funding', { status: t(`enums.fundingStatus.${status}`) })
  // the labels stand above each figure where a phone shows a row as a card (plan.css)
  const cells = (totals: InvestmentTotals) => (
    <>
      <td className="num" data-label={t('plan.investment.needed')}>
        {eur(totals.neededEur)}
      </td>
      {FUNDING_STATUSES.map((status) => (
        <td key={status} className="num" data-label={funding(status)}>
          {eur(totals.fundingByStatus[status])}
        </td>
      ))}
      <td
        className={totals.gapSecuredEur > 0 ? 'num investment__gap' : 'num'}
        data-label={t('plan.investment.gapSecured')}
      >
        {eur(totals.gapSecuredEur)}
      </td>
      <td
        className={totals.gapAllEur > 0 ? 'num investment__gap' : 'num'}
        data-label={t('plan.investment.gapAll')}
      >
        {eur(totals.gapAllEur)}
      </td>
    </>
  )

  return (
    <>
      <p className="investment__summary">
        {t('plan.investment.summary', {
          needed: eur(total.neededEur),
          secured: eur(total.fundingByStatus.secured),
          gap: eur(total.gapSecuredEur),
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
                  {funding(status)}
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
            {years.map((y) => (
              <tr key={y.year ?? 'none'}>
                <th scope="row">{y.year ?? t('plan.investment.yearNotGiven')}</th>
                {cells(y)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('plan.investment.total')}</th>
              {cells(total)}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  )
}
