import { computeInvestmentPlan, type Measure } from '@pactboard/shared'
import { useId, useMemo } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useModeratedMeasures } from '../../sync/useModeratedMeasures.ts'
import { InvestmentTable } from './InvestmentTable.tsx'
import { usePortfolio } from './usePortfolio.ts'

interface InvestmentPlanProps {
  plan: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
}

/**
 * The investment plan of the measures in the plan (the CCC's part C), live. The figures are the
 * measures' own (edited on each measure); this only adds them up (shared/src/plan/investment.ts).
 */
export function InvestmentPlan({ plan, board, ledger }: InvestmentPlanProps) {
  const { t } = useTranslation()
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

  return (
    <section className="panel investment" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.investment.heading')}</h3>
      {investment.years.length === 0 ? (
        <p className="board__empty">{t('plan.investment.empty')}</p>
      ) : (
        <>
          <InvestmentTable years={investment.years} total={investment.total} />
          <p className="field__hint">{t('plan.investment.hint')}</p>
        </>
      )}
    </section>
  )
}
