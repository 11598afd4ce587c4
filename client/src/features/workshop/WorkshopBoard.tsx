import { type BoardCard, can, type Participant } from '@pactboard/shared'
import { useCallback, useMemo } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { type BoardDocs, useBoardCards } from '../../sync/useBoard.ts'
import { useOpenReports } from '../../sync/useOpenReports.ts'
import { type BoardFacts, MeasureBoard } from '../board/MeasureBoard.tsx'
import { CardModeration } from '../moderation/CardModeration.tsx'
import { ModerationPanel } from '../moderation/ModerationPanel.tsx'
import { CardVotes } from '../voting/CardVotes.tsx'
import { useMyVotes, useResultsRevealed, useVoteTotals } from '../voting/useVoting.ts'
import { VotingPanel } from '../voting/VotingPanel.tsx'

export interface WorkshopBoardProps {
  docs: BoardDocs
  api: ApiCaller
  me: Participant
  canWrite: boolean
  proposeClosedReason?: string | null
  /** Where this person's view of the board is kept; see boardViewStore. */
  viewKey?: string
  /**
   * Whether the facilitator's console holds the moderation and voting panels; when it does they
   * are not repeated above the cards.
   */
  panelsInConsole?: boolean
}

/**
 * The board as the workshop screen composes it: each card with its moderation and dots, the
 * panels above the cards for those who have no console, and the facts the board's filters and
 * orders need (dots, reports). The board itself knows none of these features.
 */
export function WorkshopBoard({
  docs,
  api,
  me,
  canWrite,
  proposeClosedReason = null,
  viewKey,
  panelsInConsole = false,
}: WorkshopBoardProps) {
  const revealed = useResultsRevealed(docs.control)
  const totals = useVoteTotals(docs.ledger)
  const mine = useMyVotes(api, docs.ledger, can(me.role, 'vote'))
  const reports = useOpenReports(docs.ledger)
  const moderates = can(me.role, 'moderate')

  const facts: BoardFacts = useMemo(
    () => ({
      revealedDots: revealed ? totals : null,
      myDots: mine.byMeasure,
      reports: moderates
        ? new Map([...reports].map(([id, open]) => [id, open.length] as const))
        : new Map(),
    }),
    [revealed, totals, mine.byMeasure, reports, moderates],
  )

  const cardSlot = useCallback(
    (card: BoardCard, cards: readonly BoardCard[]) => (
      <>
        <CardModeration card={card} cards={cards} docs={docs} me={me} api={api} />
        <CardVotes card={card} cards={cards} docs={docs} me={me} api={api} />
      </>
    ),
    [docs, me, api],
  )

  return (
    <MeasureBoard
      board={docs.board}
      ledger={docs.ledger}
      control={docs.control}
      me={me}
      canWrite={canWrite}
      proposeClosedReason={proposeClosedReason}
      {...(viewKey ? { viewKey } : {})}
      cardSlot={cardSlot}
      facts={facts}
      panels={panelsInConsole ? null : <BoardPanels docs={docs} api={api} me={me} />}
    />
  )
}

/** Above the cards, for everyone without a console: moderation notices, dots left, results. */
function BoardPanels({ docs, api, me }: { docs: BoardDocs; api: ApiCaller; me: Participant }) {
  const cards = useBoardCards(docs, { participantId: me.id, role: me.role })
  return (
    <>
      <ModerationPanel cards={cards} docs={docs} me={me} api={api} />
      <VotingPanel cards={cards} docs={docs} me={me} api={api} />
    </>
  )
}
