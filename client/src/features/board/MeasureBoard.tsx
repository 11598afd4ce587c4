import {
  type Actor,
  can,
  canEditMeasure,
  canWithdrawMeasure,
  emptyReactionCounts,
  FIELDS_OF_ACTION,
  type Measure,
  type Participant,
  toggleReaction,
  totalReductionTCO2ePerYear,
  withdrawMeasure,
} from '@pactboard/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useAllows } from '../facilitation/useAgenda.ts'
import { CardModeration } from '../moderation/CardModeration.tsx'
import { ModerationPanel } from '../moderation/ModerationPanel.tsx'
import { CardVotes } from '../voting/CardVotes.tsx'
import { VotingPanel } from '../voting/VotingPanel.tsx'
import { CommentThread } from './CommentThread.tsx'
import type { WorkshopApi } from './cardSlots.ts'
import { MeasureCard } from './MeasureCard.tsx'
import { type MeasureEditing, MeasureFormDialog } from './MeasureFormDialog.tsx'
import { ReactionBar } from './ReactionBar.tsx'
import { ScrollToCard, useSpotlightId } from './spotlight.tsx'
import { isActive, isOnBoard, useActors, useBoardCards, useParticipants } from './useBoard.ts'
import { useCommentThreads, useReactions } from './useDiscussion.ts'
import { WithdrawMeasureDialog } from './WithdrawMeasureDialog.tsx'

interface MeasureBoardProps {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
  api: WorkshopApi
  me: Participant
  /** False for someone who may not write the board (an observer). */
  canWrite: boolean
  /** Why proposing is closed in the current phase; the Add button is disabled and says so. */
  proposeClosedReason?: string | null
}

function proposerNameOf(
  measure: Measure,
  participants: readonly Participant[],
  actors: readonly Actor[],
  fallback: string,
): string {
  const person = participants.find((p) => p.id === measure.proposer.participantId)?.displayName
  const actor = actors.find((a) => a.id === measure.proposer.actorId)?.name
  if (person && actor) return `${person} (${actor})`
  return person ?? actor ?? fallback
}

/** The measures, grouped by the CCC field of action, live from the board doc. */
export function MeasureBoard({
  board,
  ledger,
  control,
  api,
  me,
  canWrite,
  proposeClosedReason = null,
}: MeasureBoardProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const docs = { board, ledger, control }
  const cards = useBoardCards(docs, { participantId: me.id, role: me.role })
  const allows = useAllows(control)
  const onBoardCards = cards.filter((card) => isOnBoard(card.measure))
  const onBoard = onBoardCards.map((card) => card.measure)
  const cardOf = new Map(onBoardCards.map((card) => [card.measure.id, card]))
  const actors = useActors(board)
  const participants = useParticipants(ledger)
  const threads = useCommentThreads(board)
  const reactions = useReactions(board, me.id)
  const [editing, setEditing] = useState<MeasureEditing | null>(null)
  const [withdrawing, setWithdrawing] = useState<Measure | null>(null)
  const [showWithdrawn, setShowWithdrawn] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const spotlightId = useSpotlightId(control)

  // Withdrawn measures stay in the doc; they count nowhere and show only on request.
  const measures = onBoard.filter(isActive)
  const withdrawnCount = onBoard.length - measures.length
  const shown = showWithdrawn ? onBoard : measures
  const shownIds = new Set(shown.map((m) => m.id))
  const nameOf = (participantId: string) =>
    participants.find((p) => p.id === participantId)?.displayName ?? t('card.someone')
  // [P16] The phase decides what a participant may do now; facilitators and planners always may.
  const anyPhase = can(me.role, 'writeBoardInAnyPhase')
  const mayComment = canWrite && can(me.role, 'comment') && (anyPhase || allows.comment)
  const mayReact = canWrite && can(me.role, 'react') && (anyPhase || allows.react)
  const mayEditOwn = canWrite && (anyPhase || allows.editOwn)

  const totalReduction = measures.reduce((sum, m) => sum + totalReductionTCO2ePerYear(m), 0)
  const totalCapex = measures.reduce((sum, m) => sum + m.cost.capexEur, 0)
  const groups = FIELDS_OF_ACTION.map((field) => ({
    field,
    measures: shown.filter((m) => m.fieldOfAction === field),
    active: measures.filter((m) => m.fieldOfAction === field),
  })).filter((group) => group.measures.length > 0)

  return (
    <section className="board" aria-labelledby="board-heading">
      <div className="board__bar">
        <div>
          <h2 id="board-heading">{t('board.heading')}</h2>
          <p className="board__totals">
            {t('board.totals', {
              count: measures.length,
              reduction: formatNumber(totalReduction, language),
              capex: formatEur(totalCapex, language),
            })}
          </p>
        </div>
        {canWrite ? (
          <div className="board__add">
            <button
              type="button"
              className="button button--primary"
              disabled={proposeClosedReason !== null}
              aria-describedby={proposeClosedReason ? 'board-propose-closed' : undefined}
              onClick={() => setEditing({ mode: 'add' })}
            >
              {t('board.addMeasure')}
            </button>
            {proposeClosedReason ? (
              <p id="board-propose-closed" className="board__closed">
                {proposeClosedReason}
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
      <ModerationPanel cards={cards} docs={docs} me={me} api={api} />
      <VotingPanel cards={cards} docs={docs} me={me} api={api} />
      {withdrawnCount > 0 ? (
        <button
          type="button"
          className="button button--small board__withdrawn-toggle"
          aria-pressed={showWithdrawn}
          onClick={() => setShowWithdrawn((on) => !on)}
        >
          {t('board.showWithdrawn', { count: withdrawnCount })}
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <ScrollToCard shownIds={shownIds} />
      {groups.length === 0 ? (
        <p className="board__empty">{canWrite ? t('board.emptyWriter') : t('board.empty')}</p>
      ) : null}
      <div className="board__groups">
        {groups.map((group) => (
          <section
            key={group.field}
            className={`sector-group sector--${group.field}`}
            aria-labelledby={`group-${group.field}`}
          >
            <h3 id={`group-${group.field}`} className="sector-group__heading">
              {t(`enums.fieldOfAction.${group.field}`)}
              <span className="sector-group__count">
                {t('board.groupSummary', {
                  count: group.active.length,
                  reduction: formatNumber(
                    group.active.reduce((s, m) => s + totalReductionTCO2ePerYear(m), 0),
                    language,
                  ),
                })}
              </span>
            </h3>
            <div className="card-grid">
              {group.measures.map((measure) => {
                const card = cardOf.get(measure.id)
                const open = measure.status !== 'withdrawn'
                const proposerId = measure.proposer.participantId
                return (
                  <MeasureCard
                    key={measure.id}
                    measure={measure}
                    proposerName={proposerNameOf(measure, participants, actors, t('card.someone'))}
                    pending={card?.pending ?? false}
                    spotlight={measure.id === spotlightId}
                    onEdit={
                      open && mayEditOwn && canEditMeasure(me.role, me.id, proposerId)
                        ? () => setEditing({ mode: 'edit', measure })
                        : undefined
                    }
                    onWithdraw={
                      open && mayEditOwn && canWithdrawMeasure(me.role, me.id, proposerId)
                        ? () => setWithdrawing(measure)
                        : undefined
                    }
                  >
                    {card ? (
                      <>
                        <CardModeration card={card} cards={cards} docs={docs} me={me} api={api} />
                        <CardVotes card={card} cards={cards} docs={docs} me={me} api={api} />
                      </>
                    ) : null}
                    <ReactionBar
                      counts={reactions.get(measure.id) ?? emptyReactionCounts()}
                      onToggle={
                        open && mayReact
                          ? (kind) =>
                              toggleReaction(board, {
                                measureId: measure.id,
                                participantId: me.id,
                                kind,
                              })
                          : undefined
                      }
                    />
                    <CommentThread
                      board={board}
                      measureId={measure.id}
                      comments={threads.get(measure.id) ?? []}
                      me={me}
                      nameOf={nameOf}
                      canComment={open && mayComment}
                    />
                  </MeasureCard>
                )
              })}
            </div>
          </section>
        ))}
      </div>
      {editing ? (
        <MeasureFormDialog
          board={board}
          editing={editing}
          proposer={{ participantId: me.id, actorId: me.actorId }}
          actors={actors}
          onCancel={() => setEditing(null)}
          onDone={(measure) => {
            setEditing(null)
            setAnnouncement(t('board.saved', { title: measure.title }))
          }}
        />
      ) : null}
      {withdrawing ? (
        <WithdrawMeasureDialog
          measure={withdrawing}
          onCancel={() => setWithdrawing(null)}
          onConfirm={() => {
            withdrawMeasure(board, withdrawing.id, { participantId: me.id, role: me.role })
            setWithdrawing(null)
            setAnnouncement(t('board.withdrawn', { title: withdrawing.title }))
          }}
        />
      ) : null}
    </section>
  )
}
