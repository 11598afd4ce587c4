import {
  type BoardCard,
  listModerationLog,
  type ModerationEvent,
  observeModeration,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import { formatDate } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useY } from '../../sync/useY.ts'

interface ModerationLogProps {
  ledger: Y.Doc
  cards: readonly BoardCard[]
  nameOf: (participantId: string) => string
}

/**
 * [P17] Every moderation action and report as the server recorded it in the ledger, newest
 * first: with two facilitators in the room, each sees what the other did, who and when.
 */
export function ModerationLog({ ledger, cards, nameOf }: ModerationLogProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const events = useY(ledger, listModerationLog, observeModeration)
  if (events.length === 0) return null
  const titleOf = (id: string | null) =>
    cards.find((card) => card.measure.id === id)?.measure.title ?? t('moderation.removedCard')
  const describe = (event: ModerationEvent) =>
    t(`moderation.log.${event.action}`, {
      who: nameOf(event.by),
      title: titleOf(event.measureId),
      into: titleOf(event.intoMeasureId),
      reason: event.reason ?? '',
    })
  return (
    <details className="moderation__log">
      <summary>{t('moderation.log.heading', { count: events.length })}</summary>
      <ol reversed>
        {[...events].reverse().map((event) => (
          <li key={event.id}>
            <time dateTime={event.at}>{formatDate(event.at, language)}</time> {describe(event)}
          </li>
        ))}
      </ol>
    </details>
  )
}
