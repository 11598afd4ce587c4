import {
  type Actor,
  type BoardCard,
  can,
  canEditMeasure,
  canWithdrawMeasure,
  emptyReactionCounts,
  type Measure,
  type Participant,
  toggleReaction,
  totalReductionTCO2ePerYear,
  withdrawMeasure,
} from '@pactboard/shared'
import { type ReactNode, useCallback, useDeferredValue, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAllows } from '../../sync/useAgenda.ts'
import {
  isActive,
  isOnBoard,
  useActors,
  useBoardCards,
  useParticipants,
} from '../../sync/useBoard.ts'
import { BoardToolbar } from './BoardToolbar.tsx'
import { type CardFacts, type CardGroup, NO_FACTS, queryBoard } from './boardQuery.ts'
import { useBoardView } from './boardViewStore.ts'
import { CommentThread } from './CommentThread.tsx'
import { cardElementId, hasFigures, MeasureCard } from './MeasureCard.tsx'
import { type MeasureEditing, MeasureFormDialog } from './MeasureFormDialog.tsx'
import { ReactionBar } from './ReactionBar.tsx'
import { LinkedCard, useSpotlightId } from './spotlight.tsx'
import { useArrivals } from './useArrivals.ts'
import { useCommentThreads, useReactions } from './useDiscussion.ts'
import { VirtualCardList } from './VirtualCardList.tsx'
import { WithdrawMeasureDialog } from './WithdrawMeasureDialog.tsx'

/** What the screen knows about the cards that the board does not: dots and reports. */
export type BoardFacts = Partial<Pick<CardFacts, 'revealedDots' | 'myDots' | 'reports'>>

interface MeasureBoardProps {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
  me: Participant
  /** False for someone who may not write the board (an observer). */
  canWrite: boolean
  /** Why proposing is closed in the current phase; the Add button is disabled and says so. */
  proposeClosedReason?: string | null
  /** Where this person's search, filters and order are kept (per workshop and person). */
  viewKey?: string
  /** Each card's controls that the screen puts there (voting, moderation). */
  cardSlot?: (card: BoardCard, cards: readonly BoardCard[]) => ReactNode
  /** What the screen puts above the cards (dots left, moderation notices). */
  panels?: ReactNode
  facts?: BoardFacts
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

/**
 * The measures, live from the board doc: searched, filtered, ordered and grouped as this person
 * last chose, and only those on screen rendered. The screen hands in what each card carries
 * besides its own content (voting, moderation) and what goes above the cards.
 */
export function MeasureBoard({
  board,
  ledger,
  control,
  me,
  canWrite,
  proposeClosedReason = null,
  viewKey = me.id,
  cardSlot,
  panels,
  facts,
}: MeasureBoardProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const docs = useMemo(() => ({ board, ledger, control }), [board, ledger, control])
  const liveCards = useBoardCards(docs, { participantId: me.id, role: me.role })
  // Typing and scrolling come first: a burst of new cards renders when the page has time.
  const cards = useDeferredValue(liveCards)
  const allows = useAllows(control)
  const actors = useActors(board)
  const participants = useParticipants(ledger)
  const threads = useCommentThreads(board)
  const reactions = useReactions(board, me.id)
  const [query, setQuery] = useBoardView(viewKey)
  const [editing, setEditing] = useState<MeasureEditing | null>(null)
  const [withdrawing, setWithdrawing] = useState<Measure | null>(null)
  const [showWithdrawn, setShowWithdrawn] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [linkedId, setLinkedId] = useState<string | null>(null)
  const spotlightId = useSpotlightId(control)
  const arrived = useArrivals(cards)

  const onBoardCards = useMemo(() => cards.filter((card) => isOnBoard(card.measure)), [cards])
  // Withdrawn measures stay in the doc; they count nowhere and show only on request.
  const activeCards = useMemo(() => onBoardCards.filter((c) => isActive(c.measure)), [onBoardCards])
  const withdrawnCount = onBoardCards.length - activeCards.length
  const listed = showWithdrawn ? onBoardCards : activeCards

  const actorNames = useMemo(() => new Map(actors.map((a) => [a.id, a.name])), [actors])
  const cardFacts: CardFacts = useMemo(
    () => ({ ...NO_FACTS, ...facts, meId: me.id, reactions, actorNames }),
    [facts, me.id, reactions, actorNames],
  )
  const groups = useMemo(
    () => queryBoard(listed, query, cardFacts, linkedId),
    [listed, query, cardFacts, linkedId],
  )
  const shownCount = groups.reduce((sum, group) => sum + group.cards.length, 0)

  const nameOf = useCallback(
    (participantId: string) =>
      participants.find((p) => p.id === participantId)?.displayName ?? t('card.someone'),
    [participants, t],
  )
  // [P16] The phase decides what a participant may do now; facilitators and planners always may.
  const anyPhase = can(me.role, 'writeBoardInAnyPhase')
  const mayComment = canWrite && can(me.role, 'comment') && (anyPhase || allows.comment)
  const mayReact = canWrite && can(me.role, 'react') && (anyPhase || allows.react)
  const mayEditOwn = canWrite && (anyPhase || allows.editOwn)

  const measures = activeCards.map((card) => card.measure)
  const totalReduction = measures.reduce((sum, m) => sum + totalReductionTCO2ePerYear(m), 0)
  const totalCapex = measures.reduce((sum, m) => sum + m.cost.capexEur, 0)

  const renderHeading = useCallback(
    (group: CardGroup) => {
      const active = group.cards.filter((card) => isActive(card.measure))
      return (
        <h3 className={`sector-group__heading sector--${group.id}`}>
          {group.id === 'noSector'
            ? t('boardView.noSector')
            : t(
                query.group === 'sector'
                  ? `enums.emissionSector.${group.id}`
                  : `enums.fieldOfAction.${group.id}`,
              )}
          <span className="sector-group__count">
            {t('board.groupSummary', {
              count: active.length,
              reduction: formatNumber(
                active.reduce((s, card) => s + totalReductionTCO2ePerYear(card.measure), 0),
                language,
              ),
            })}
          </span>
        </h3>
      )
    },
    [query.group, language, t],
  )

  // Stable while nothing it shows changed, so that scrolling and a burst of new cards elsewhere
  // render no card again (VirtualCardList's rows are memoised on it).
  const renderCard = useCallback(
    (card: BoardCard, light = false) => {
      const { measure, pending } = card
      const open = measure.status !== 'withdrawn'
      const proposerId = measure.proposer.participantId
      const mayEdit = open && mayEditOwn && canEditMeasure(me.role, me.id, proposerId)
      return (
        <MeasureCard
          key={measure.id}
          measure={measure}
          proposerName={proposerNameOf(measure, participants, actors, t('card.someone'))}
          pending={pending}
          spotlight={measure.id === spotlightId}
          arrived={arrived(measure.id)}
          onEdit={mayEdit ? () => setEditing({ mode: 'edit', measure }) : undefined}
          onAddFigures={
            mayEdit && !hasFigures(measure)
              ? () => setEditing({ mode: 'edit', measure })
              : undefined
          }
          onWithdraw={
            open && mayEditOwn && canWithdrawMeasure(me.role, me.id, proposerId)
              ? () => setWithdrawing(measure)
              : undefined
          }
        >
          {light ? (
            <div className="card__to-come" aria-hidden="true" />
          ) : (
            <>
              {cardSlot ? cardSlot(card, cards) : null}
              <ReactionBar
                counts={reactions.get(measure.id) ?? emptyReactionCounts()}
                onToggle={
                  open && mayReact
                    ? (kind) =>
                        toggleReaction(board, { measureId: measure.id, participantId: me.id, kind })
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
            </>
          )}
        </MeasureCard>
      )
    },
    [
      cards,
      arrived,
      participants,
      actors,
      spotlightId,
      mayEditOwn,
      mayReact,
      mayComment,
      me,
      board,
      reactions,
      threads,
      nameOf,
      cardSlot,
      t,
    ],
  )

  // The open form renders again only when what it was opened with changes: typing into it
  // stays quick while new cards arrive on the board behind it.
  const editingDialog = useMemo(
    () =>
      editing ? (
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
      ) : null,
    [editing, board, me.id, me.actorId, actors, t],
  )

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
      {panels}
      <BoardToolbar
        query={query}
        onChange={setQuery}
        proposes={canWrite}
        moderates={can(me.role, 'moderate')}
        revealed={cardFacts.revealedDots !== null}
        shown={shownCount}
        total={listed.length}
      />
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
      <LinkedCard onChange={setLinkedId} />
      {listed.length === 0 ? (
        <p className="board__empty">{canWrite ? t('board.emptyWriter') : t('board.empty')}</p>
      ) : shownCount === 0 ? (
        <p className="board__empty">{t('boardView.noMatch')}</p>
      ) : null}
      <VirtualCardList
        groups={groups}
        headings={query.group !== 'none'}
        renderHeading={renderHeading}
        renderCard={renderCard}
        bringIntoView={linkedId}
        elementIdOf={cardElementId}
      />
      {editingDialog}
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
