import { can } from '@pactboard/shared'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { CardSlotProps } from '../../sync/boardSlots.ts'
import { isOnBoard } from '../../sync/useBoard.ts'
import { useOpenReports } from '../../sync/useOpenReports.ts'
import {
  DecisionButton,
  HideButton,
  MergeButton,
  ReportButton,
  SpotlightButton,
} from './ModerationActions.tsx'

/**
 * A card's moderation: the facilitator approves [P17], hides, merges and spotlights it; everyone
 * else who writes the board reports it [P18]; its proposer sees that it waits for approval.
 */
export function CardModeration({ card, cards, docs, me, api }: CardSlotProps) {
  const { t } = useTranslation()
  const reports = useOpenReports(docs.ledger)
  const { measure, pending } = card
  if (measure.status === 'withdrawn' || !isOnBoard(measure)) return null

  const moderates = can(me.role, 'moderate')
  const own = measure.proposer.participantId === me.id
  const open = reports.get(measure.id) ?? []
  const mayReport = !moderates && !own && can(me.role, 'report')
  if (!pending && !moderates && !mayReport) return null

  const survivors = cards
    .map((other) => other.measure)
    .filter((m) => m.id !== measure.id && isOnBoard(m) && m.status !== 'withdrawn')

  return (
    <div className="card-moderation">
      {pending || (moderates && open.length > 0) ? (
        <p className="card-moderation__badges">
          {pending ? (
            <span className="moderation-badge moderation-badge--pending">
              {own && !moderates ? t('moderation.pendingOwn') : t('moderation.pending')}
            </span>
          ) : null}
          {moderates && open.length > 0 ? (
            <span className="moderation-badge moderation-badge--reported">
              {t('moderation.reportBadge', { count: open.length })}
            </span>
          ) : null}
        </p>
      ) : null}
      {moderates ? (
        <div className="card-moderation__actions">
          {pending ? <DecisionButton decision="approve" measure={measure} api={api} /> : null}
          <HideButton measure={measure} api={api} />
          <MergeButton measure={measure} api={api} survivors={survivors} />
          {can(me.role, 'writeControl') && !pending ? (
            <SpotlightButton measure={measure} control={docs.control} />
          ) : null}
        </div>
      ) : null}
      {mayReport ? (
        <div className="card-moderation__actions">
          <ReportButton
            measure={measure}
            api={api}
            reported={open.some((event) => event.by === me.id)}
          />
        </div>
      ) : null}
    </div>
  )
}
