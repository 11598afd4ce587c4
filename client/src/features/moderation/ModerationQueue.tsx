import type { BoardCard, ModerationEvent } from '@pactboard/shared'
import { useId } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { DecisionButton, HideButton } from './ModerationActions.tsx'

/** The proposals waiting for approval, each approved or hidden from here. */
export function PendingQueue({
  pending,
  nameOf,
  api,
}: {
  pending: readonly BoardCard[]
  nameOf: (participantId: string) => string
  api: ApiCaller
}) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="moderation__queue" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('moderation.queueHeading', { number: pending.length })}</h3>
      {pending.length === 0 ? (
        <p className="field__hint">{t('moderation.queueEmpty')}</p>
      ) : (
        <ul className="moderation__list">
          {pending.map(({ measure }) => (
            <li key={measure.id} className="moderation__item">
              <span className="moderation__title">{measure.title}</span>
              <span className="moderation__meta">
                {t('card.proposedBy', { name: nameOf(measure.proposer.participantId) })}
              </span>
              <span className="moderation__actions">
                <DecisionButton decision="approve" measure={measure} api={api} />
                <HideButton measure={measure} api={api} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Cards someone reported, with how often and why; kept (approved) or hidden from here. */
export function ReportedCards({
  reported,
  api,
}: {
  reported: readonly { card: BoardCard; reports: readonly ModerationEvent[] }[]
  api: ApiCaller
}) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="moderation__reports" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('moderation.reportsHeading', { number: reported.length })}</h3>
      <ul className="moderation__list">
        {reported.map(({ card: { measure }, reports }) => (
          <li key={measure.id} className="moderation__item">
            <span className="moderation__title">{measure.title}</span>
            <span className="moderation__meta">
              {t('moderation.reportCount', { count: reports.length })}
            </span>
            <ul className="moderation__reasons" aria-label={t('moderation.reasons')}>
              {reports.map((report) => (
                <li key={report.id}>{report.reason}</li>
              ))}
            </ul>
            <span className="moderation__actions">
              <DecisionButton decision="keep" measure={measure} api={api} />
              <HideButton measure={measure} api={api} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
