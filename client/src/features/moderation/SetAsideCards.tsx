import { type BoardCard, type ModerationRecord, survivorOf } from '@pactboard/shared'
import { useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { DecisionButton } from './ModerationActions.tsx'

/**
 * The cards moderation took off the board, on request: hidden ones greyed with their reason and
 * "Show again", merged ones pointing to the card that survived.
 */
export function SetAsideCards({
  setAside,
  cards,
  records,
  api,
}: {
  setAside: readonly BoardCard[]
  cards: readonly BoardCard[]
  records: ReadonlyMap<string, ModerationRecord>
  api: ApiCaller
}) {
  const { t } = useTranslation()
  const listId = useId()
  const [shown, setShown] = useState(false)
  if (setAside.length === 0) return null
  const titleOf = (id: string) =>
    cards.find((card) => card.measure.id === id)?.measure.title ?? t('moderation.removedCard')

  return (
    <div className="moderation__set-aside">
      <button
        type="button"
        className="button button--small"
        aria-pressed={shown}
        aria-controls={shown ? listId : undefined}
        onClick={() => setShown((on) => !on)}
      >
        {t('moderation.setAsideToggle', { number: setAside.length })}
      </button>
      {shown ? (
        <ul id={listId} className="moderation__list" aria-label={t('moderation.setAsideHeading')}>
          {setAside.map(({ measure }) => (
            <li key={measure.id} className="moderation__item moderation__item--set-aside">
              <span className="moderation__title">{measure.title}</span>
              {measure.mergedInto ? (
                <span className="moderation__meta">
                  {t('moderation.mergedInto', { title: titleOf(survivorOf(records, measure.id)) })}
                </span>
              ) : (
                <>
                  <span className="moderation__meta">
                    {t('moderation.hiddenBecause', { reason: measure.hidden?.reason ?? '' })}
                  </span>
                  <span className="moderation__actions">
                    <DecisionButton decision="unhide" measure={measure} api={api} />
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
