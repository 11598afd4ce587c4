import { type Participant, setVote } from '@pactboard/shared'
import { render } from '@testing-library/react'
import type * as Y from 'yjs'
import { TEST_API } from '../../test/render.tsx'
import {
  anna,
  goToPhase,
  jsonResponse,
  makeBoardDocs,
  propose,
  stubFetch,
} from '../board/boardTestKit.tsx'
import type { BoardDocs } from '../board/useBoard.ts'
import { useBoardCards } from '../board/useBoard.ts'
import { CardVotes } from './CardVotes.tsx'
import { VotingPanel } from './VotingPanel.tsx'

/** Test kit for voting, on the board kit: three cards by Anna, the agenda in a phase. */

export const TITLES = ['Bus lanes', 'Solar roofs', 'Tree planting'] as const

export function makeVotingDocs(phaseKind = 'vote') {
  const docs = makeBoardDocs()
  const ids = TITLES.map((title) => propose(docs, anna, title))
  goToPhase(docs.control, phaseKind)
  return { docs, ids }
}

/** What the server writes after a cast: the voter's dots on one card. */
export function giveDots(ledger: Y.Doc, voter: Participant, measureId: string, count: number) {
  setVote(ledger, { participantId: voter.id, measureId, count })
}

/** The votes routes answering every call with `status` and `body`; the fetch mock, to inspect. */
export function stubVotesServer(status: number, body: unknown) {
  return stubFetch(() => jsonResponse(status, body))
}

/** The board's two slots as MeasureBoard renders them, without the rest of the board. */
function VotingBoard({ docs, me }: { docs: BoardDocs; me: Participant }) {
  const cards = useBoardCards(docs, { participantId: me.id, role: me.role })
  return (
    <>
      <VotingPanel cards={cards} docs={docs} me={me} api={TEST_API} />
      {cards.map((card) => (
        <article key={card.measure.id} aria-label={card.measure.title}>
          <CardVotes card={card} cards={cards} docs={docs} me={me} api={TEST_API} />
        </article>
      ))}
    </>
  )
}

export function renderVoting(docs: BoardDocs, me: Participant) {
  return render(<VotingBoard docs={docs} me={me} />)
}
