import { can } from '@pactboard/shared'
import { useId } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { BoardPanelProps } from '../../sync/boardSlots.ts'
import { isOnBoard, useModeration, useParticipants, useSilentMode } from '../../sync/useBoard.ts'
import { useOpenReports } from '../../sync/useOpenReports.ts'
import { ModerationLog } from './ModerationLog.tsx'
import { PendingQueue, ReportedCards } from './ModerationQueue.tsx'
import { PreModerationSwitch } from './PreModerationSwitch.tsx'
import { SetAsideCards } from './SetAsideCards.tsx'
import { SilentModeControl } from './SilentModeControl.tsx'

/** Above the board: the facilitator's queue and reports; silent mode as everyone sees it. */
export function ModerationPanel(props: BoardPanelProps) {
  return can(props.me.role, 'moderate') ? (
    <FacilitatorModeration {...props} />
  ) : (
    <ModerationNotices {...props} />
  )
}

function FacilitatorModeration({ cards, docs, me, api }: BoardPanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const moderation = useModeration(docs.ledger)
  const reports = useOpenReports(docs.ledger)
  const participants = useParticipants(docs.ledger)
  const nameOf = (id: string) =>
    participants.find((p) => p.id === id)?.displayName ?? t('card.someone')

  const onBoard = cards.filter((card) => isOnBoard(card.measure))
  const pending = onBoard.filter((card) => card.pending && card.measure.status !== 'withdrawn')
  const reported = onBoard.flatMap((card) => {
    const open = reports.get(card.measure.id)
    return open && open.length > 0 ? [{ card, reports: open }] : []
  })
  const setAside = cards.filter((card) => !isOnBoard(card.measure))

  return (
    <section className="panel moderation" aria-labelledby={headingId}>
      <h2 id={headingId} className="moderation__heading">
        {t('moderation.panelHeading')}
      </h2>
      <PreModerationSwitch on={moderation.preModeration} api={api} />
      {moderation.preModeration || pending.length > 0 ? (
        <PendingQueue pending={pending} nameOf={nameOf} api={api} />
      ) : null}
      {reported.length > 0 ? <ReportedCards reported={reported} api={api} /> : null}
      <SetAsideCards setAside={setAside} cards={cards} records={moderation.records} api={api} />
      {can(me.role, 'writeControl') ? (
        <SilentModeControl control={docs.control} cards={cards} />
      ) : null}
      <ModerationLog ledger={docs.ledger} cards={cards} nameOf={nameOf} />
    </section>
  )
}

/** What moderation means for everyone else: silent mode, the queue, their own hidden cards. */
function ModerationNotices({ cards, docs, me }: BoardPanelProps) {
  const { t } = useTranslation()
  const silent = useSilentMode(docs.control)
  const { preModeration } = useModeration(docs.ledger)
  const seesAll = can(me.role, 'seeEveryProposal')
  const proposes = can(me.role, 'writeBoard')
  const hiddenOwn = cards.filter(
    ({ measure }) =>
      measure.proposer.participantId === me.id && measure.hidden && !measure.mergedInto,
  )
  const notices = [
    silent.on ? (seesAll ? t('silent.noticeAll') : t('silent.notice')) : null,
    preModeration && proposes && !seesAll ? t('moderation.preModerationOn') : null,
    ...hiddenOwn.map(({ measure }) =>
      t('moderation.yourCardHidden', { title: measure.title, reason: measure.hidden?.reason }),
    ),
  ].filter((text): text is string => text !== null)
  if (notices.length === 0) return null
  return (
    <div className="notice moderation-notices" role="status">
      {notices.map((text) => (
        <p key={text}>{text}</p>
      ))}
    </div>
  )
}
