import {
  type Language,
  type Measure,
  totalCostEur,
  totalReductionTCO2ePerYear,
} from '@pactboard/shared'
import { type ReactNode, useId } from 'react'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'

interface MeasureCardProps {
  measure: Measure
  proposerName: string
  onEdit?: (() => void) | undefined
  onWithdraw?: (() => void) | undefined
  /** Offered to whoever may edit a card still without figures: the proposer, the planners. */
  onAddFigures?: (() => void) | undefined
  /** Waiting for approval: shown only to its proposer and facilitators, marked as such. */
  pending?: boolean
  /** The card the facilitator brought everyone to. */
  spotlight?: boolean
  /** Arrived while the person watched: it comes in with a short animation. */
  arrived?: boolean
  /** Reactions and comments, below the card's own content. */
  children?: ReactNode
}

/** Whether anyone gave the measure's figures yet: sectors, a reduction or a cost. */
export function hasFigures(measure: Measure): boolean {
  return (
    measure.emissionSectors.length > 0 ||
    totalReductionTCO2ePerYear(measure) > 0 ||
    totalCostEur(measure) > 0
  )
}

/** The card's element id, so that a link or the facilitator's spotlight can scroll to it. */
export function cardElementId(measureId: string): string {
  return `measure-${measureId}`
}

/** One measure, as the hall sees it on the projector and on phones. */
export function MeasureCard({
  measure,
  proposerName,
  onEdit,
  onWithdraw,
  onAddFigures,
  pending = false,
  spotlight = false,
  arrived = false,
  children,
}: MeasureCardProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const titleId = useId()
  // A withdrawn measure stays visible on request, greyed and collapsed to who proposed it.
  const withdrawn = measure.status === 'withdrawn'
  const className = [
    `card sector--${measure.fieldOfAction}`,
    withdrawn ? 'card--withdrawn' : null,
    pending ? 'card--pending' : null,
    spotlight ? 'card--spotlight' : null,
    arrived ? 'card--arrived' : null,
  ]
    .filter(Boolean)
    .join(' ')
  return (
    <article
      id={cardElementId(measure.id)}
      className={className}
      aria-labelledby={titleId}
      aria-current={spotlight ? 'true' : undefined}
      tabIndex={-1}
    >
      {spotlight ? <p className="card__spotlight">{t('spotlight.marker')}</p> : null}
      <header className="card__header">
        <h4 id={titleId} className="card__title">
          {measure.title}
        </h4>
        <span className={`status status--${measure.status}`}>
          <span className="visually-hidden">{t('card.status')}: </span>
          {t(`enums.measureStatus.${measure.status}`)}
        </span>
      </header>
      <p className="card__proposer">{t('card.proposedBy', { name: proposerName })}</p>
      {withdrawn ? null : cardBody(measure, t, language)}
      {onEdit || onWithdraw || onAddFigures ? (
        <div className="card__actions">
          {onAddFigures ? (
            <button
              type="button"
              className="button button--small button--primary"
              onClick={onAddFigures}
              aria-label={t('proposal.addFiguresNamed', { title: measure.title })}
            >
              {t('proposal.addFigures')}
            </button>
          ) : null}
          {onEdit ? (
            <button
              type="button"
              className="button button--small"
              onClick={onEdit}
              aria-label={t('card.editNamed', { title: measure.title })}
            >
              {t('card.edit')}
            </button>
          ) : null}
          {onWithdraw ? (
            <button
              type="button"
              className="button button--small"
              onClick={onWithdraw}
              aria-label={t('card.withdrawNamed', { title: measure.title })}
            >
              {t('card.withdraw')}
            </button>
          ) : null}
        </div>
      ) : null}
      {children}
    </article>
  )
}

// The card's parts are plain functions, not components: a card mounts as it scrolls into view,
// and each component of its own would subscribe to the language again.
function cardBody(measure: Measure, t: TFunction, language: Language): ReactNode {
  return (
    <>
      {measure.description ? <p className="card__description">{measure.description}</p> : null}
      {hasFigures(measure) ? (
        figures(measure, t, language)
      ) : (
        <p className="card__no-figures">{t('proposal.figuresToCome')}</p>
      )}
      {tags(measure, t)}
    </>
  )
}

function figures(measure: Measure, t: TFunction, language: Language): ReactNode {
  const reduction = totalReductionTCO2ePerYear(measure)
  const total = totalCostEur(measure)
  return (
    <dl className="card__figures">
      <div>
        <dt>{t('card.reduction')}</dt>
        <dd>{t('card.tCO2ePerYear', { value: formatNumber(reduction, language) })}</dd>
      </div>
      <div>
        <dt>{t('card.capex')}</dt>
        <dd>{formatEur(measure.cost.capexEur, language)}</dd>
      </div>
      {total !== measure.cost.capexEur ? (
        <div>
          <dt>{t('card.totalCost')}</dt>
          <dd>{formatEur(total, language)}</dd>
        </div>
      ) : null}
    </dl>
  )
}

function tags(measure: Measure, t: TFunction): ReactNode {
  return (
    <dl className="card__tags">
      <div>
        <dt>{t('card.fieldOfAction')}</dt>
        <dd>
          <span className="chip chip--sector">
            {t(`enums.fieldOfAction.${measure.fieldOfAction}`)}
          </span>
        </dd>
      </div>
      {measure.systemicLevers.length > 0 ? (
        <div>
          <dt>{t('card.levers')}</dt>
          <dd>
            {measure.systemicLevers.map((lever) => (
              <span key={lever} className="chip">
                {t(`enums.systemicLever.${lever}`)}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {measure.emissionSectors.length > 0 ? (
        <div>
          <dt>{t('card.emissionSectors')}</dt>
          <dd>
            {measure.emissionSectors.map((sector) => (
              <span key={sector} className="chip chip--outline">
                {t(`enums.emissionSector.${sector}`)}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  )
}
