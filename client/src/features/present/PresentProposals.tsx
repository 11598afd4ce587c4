import { type BoardCard, isOpenToVotes } from '@pactboard/shared'
import { useId } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** How many proposals the projector lists: what fits, large, on 1366×768. */
export const LATEST_PROPOSALS = 5

/** The newest proposals the whole room may see: on the board, not withdrawn; newest first. */
export function latestProposals(
  cards: readonly BoardCard[],
  limit = LATEST_PROPOSALS,
): BoardCard[] {
  return cards
    .filter(isOpenToVotes)
    .sort(
      (a, b) =>
        b.measure.createdAt.localeCompare(a.measure.createdAt) ||
        b.measure.id.localeCompare(a.measure.id),
    )
    .slice(0, limit)
}

/** The proposals as they come in, for the projector (cards for PROJECTOR only, [P19]). */
export function PresentProposals({ cards }: { cards: readonly BoardCard[] }) {
  const { t } = useTranslation()
  const headingId = useId()
  const latest = latestProposals(cards)
  return (
    <section className="present__panel present-proposals" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('presentLive.proposals')}</h2>
      {latest.length === 0 ? (
        <p className="present-proposals__waiting">{t('presentLive.noProposals')}</p>
      ) : (
        <ul className="present-proposals__list">
          {latest.map(({ measure }) => (
            <li key={measure.id} className={`present-proposal sector--${measure.fieldOfAction}`}>
              <span className="present-proposal__title">{measure.title}</span>
              <span className="present-proposal__field">
                {t(`enums.fieldOfAction.${measure.fieldOfAction}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
