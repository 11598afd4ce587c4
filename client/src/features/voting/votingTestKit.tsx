import {
  getVotingSettings,
  type MyVotesResponse,
  type Participant,
  remainingDots,
  setPublishedVoteTotals,
  setResultsRevealed,
  type VoteResponse,
} from '@pactboard/shared'
import { render } from '@testing-library/react'
import type { BoardDocs } from '../../sync/useBoard.ts'
import { useBoardCards } from '../../sync/useBoard.ts'
import { TEST_API } from '../../test/render.tsx'
import {
  anna,
  goToPhase,
  jsonResponse,
  makeBoardDocs,
  propose,
  stubFetch,
} from '../board/boardTestKit.tsx'
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

/** What the server writes when the facilitator reveals: the flag in control, totals in ledger. */
export function revealTotals(docs: BoardDocs, totals: Record<string, number>) {
  setResultsRevealed(docs.control, true)
  setPublishedVoteTotals(docs.ledger, new Map(Object.entries(totals)))
}

/**
 * The votes routes as the server answers the person on screen: their own dots (`mine`, as
 * GET …/votes/mine tells them), each cast or withdrawal counted on them, and the reveal, which
 * writes the control doc and the ledger's `totals` as the server does. No rule is checked here:
 * the tests of refusals stub the refusal. The fetch mock, to inspect.
 */
export function serveVotes(
  docs: BoardDocs,
  {
    mine = {},
    totals = {},
  }: { mine?: Record<string, number>; totals?: Record<string, number> } = {},
) {
  const dots = new Map(Object.entries(mine))
  const spent = () => [...dots.values()].reduce((a, b) => a + b, 0)
  const remaining = () => remainingDots(getVotingSettings(docs.control), spent())
  return stubFetch(async (url, init) => {
    const method = init.method ?? 'GET'
    if (url.endsWith('/votes/mine')) {
      const body: MyVotesResponse = {
        votes: Object.fromEntries(dots),
        spent: spent(),
        remaining: remaining(),
      }
      return jsonResponse(200, body)
    }
    if (url.endsWith('/votes/reveal')) {
      const { revealed } = JSON.parse(String(init.body)) as { revealed: boolean }
      setResultsRevealed(docs.control, revealed)
      setPublishedVoteTotals(docs.ledger, revealed ? new Map(Object.entries(totals)) : null)
      return jsonResponse(200, { revealed, totals: revealed ? totals : null })
    }
    const measureId =
      method === 'POST'
        ? (JSON.parse(String(init.body)) as { measureId: string }).measureId
        : decodeURIComponent(url.slice(url.lastIndexOf('/') + 1))
    const onMeasure = (dots.get(measureId) ?? 0) + (method === 'POST' ? 1 : -1)
    if (onMeasure > 0) dots.set(measureId, onMeasure)
    else dots.delete(measureId)
    const body: VoteResponse = { measureId, onMeasure, spent: spent(), remaining: remaining() }
    return jsonResponse(200, body)
  })
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
