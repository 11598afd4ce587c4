import type { Measure, Participant } from '@pactboard/shared'
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useModeratedMeasures } from '../../sync/useModeratedMeasures.ts'
import { candidatesFor, portfolioFiguresOf } from './portfolioRows.ts'
import {
  bringIntoPlan,
  moveInPlan,
  takeOutOfPlan,
  usePortfolio,
  useVoteTotals,
} from './usePortfolio.ts'

interface PortfolioProps {
  plan: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
  me: Participant
  canWrite: boolean
  /**
   * [W26] A workspace's plan: the candidate list decides what is in it, so the plan offers no
   * adding or removing (the server would undo either); the order stays the planners'.
   */
  fromList: boolean
}

/** The measures in the plan, in the plan's order, and the measures that could join them. */
export function Portfolio({ plan, board, ledger, canWrite, fromList }: PortfolioProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const headingId = useId()
  const order = usePortfolio(plan)
  const measures = useModeratedMeasures(board, ledger)
  const votes = useVoteTotals(ledger)
  const [announcement, setAnnouncement] = useState('')
  const byId = new Map(measures.map((m) => [m.id, m]))
  const rows = order.flatMap((id) => {
    const measure = byId.get(id)
    return measure ? [measure] : []
  })
  const candidates = candidatesFor(measures, order)

  const move = (measure: Measure, by: -1 | 1) => {
    moveInPlan(plan, measure.id, by)
    setAnnouncement(
      t(by < 0 ? 'plan.portfolio.movedUp' : 'plan.portfolio.movedDown', { title: measure.title }),
    )
  }

  return (
    <section className="panel portfolio" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('plan.portfolio.heading')}</h3>
      {fromList ? <p>{t('plan.portfolio.fromList')}</p> : null}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {rows.length === 0 ? (
        <p className="board__empty">{t('plan.portfolio.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="portfolio__table">
            <thead>
              <tr>
                <th scope="col">{t('plan.portfolio.title')}</th>
                <th scope="col">{t('card.fieldOfAction')}</th>
                <th scope="col" className="num">
                  {t('plan.portfolio.reduction')}
                </th>
                <th scope="col" className="num">
                  {t('card.totalCost')}
                </th>
                <th scope="col" className="num">
                  {t('plan.portfolio.costPerTonne')}
                </th>
                <th scope="col">{t('card.status')}</th>
                <th scope="col" className="num">
                  {t('plan.portfolio.votes')}
                </th>
                {canWrite ? <th scope="col">{t('plan.portfolio.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((measure, index) => {
                const f = portfolioFiguresOf(measure)
                return (
                  <tr key={measure.id}>
                    <th scope="row">{measure.title}</th>
                    <td data-label={t('card.fieldOfAction')}>
                      {t(`enums.fieldOfAction.${measure.fieldOfAction}`)}
                    </td>
                    <td className="num" data-label={t('plan.portfolio.reduction')}>
                      {formatNumber(f.tCO2ePerYear, language)}
                    </td>
                    <td className="num" data-label={t('card.totalCost')}>
                      {formatEur(f.totalCostEur, language)}
                    </td>
                    <td className="num" data-label={t('plan.portfolio.costPerTonne')}>
                      {f.costPerTCO2eEur === null
                        ? '–'
                        : formatEur(f.costPerTCO2eEur, language, false)}
                    </td>
                    <td data-label={t('card.status')}>
                      {t(`enums.measureStatus.${measure.status}`)}
                    </td>
                    <td className="num" data-label={t('plan.portfolio.votes')}>
                      {votes ? (votes.get(measure.id) ?? 0) : '–'}
                    </td>
                    {canWrite ? (
                      <td className="portfolio__actions">
                        <button
                          type="button"
                          className="button button--small button--plain"
                          aria-label={t('plan.portfolio.moveUp', { title: measure.title })}
                          disabled={index === 0}
                          onClick={() => move(measure, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="button button--small button--plain"
                          aria-label={t('plan.portfolio.moveDown', { title: measure.title })}
                          disabled={index === rows.length - 1}
                          onClick={() => move(measure, 1)}
                        >
                          ↓
                        </button>
                        {fromList ? null : (
                          <button
                            type="button"
                            className="button button--small button--quiet"
                            aria-label={t('plan.portfolio.remove', { title: measure.title })}
                            onClick={() => takeOutOfPlan(plan, board, measure.id)}
                          >
                            {t('plan.portfolio.removeShort')}
                          </button>
                        )}
                      </td>
                    ) : null}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      {canWrite && !fromList && candidates.length > 0 ? (
        <>
          <h4>{t('plan.portfolio.candidates')}</h4>
          <ul className="portfolio__candidates">
            {candidates.map((measure) => (
              <li key={measure.id}>
                <span>
                  {measure.title}{' '}
                  <span className="status">{t(`enums.measureStatus.${measure.status}`)}</span>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('plan.portfolio.add', { title: measure.title })}
                  onClick={() => bringIntoPlan(plan, board, measure.id)}
                >
                  {t('plan.portfolio.addShort')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  )
}
