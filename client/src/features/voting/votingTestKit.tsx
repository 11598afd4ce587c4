import {
  addMeasure,
  listPhases,
  type Participant,
  registerParticipant,
  seedAgenda,
  setCurrentPhase,
  setVote,
} from '@pactboard/shared'
import { makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { render } from '@testing-library/react'
import * as Y from 'yjs'
import { TEST_API } from '../../test/render.tsx'
import type { BoardDocs } from '../board/useBoard.ts'
import { useBoardCards } from '../board/useBoard.ts'
import { CardVotes } from './CardVotes.tsx'
import { VotingPanel } from './VotingPanel.tsx'

/** Real docs for the voting tests: three cards by Anna, an agenda, people in the ledger. */

export const PEOPLE = {
  anna: makeParticipant({ id: 'p-anna', displayName: 'Anna' }),
  bo: makeParticipant({ id: 'p-bo', displayName: 'Bo' }),
  cai: makeParticipant({ id: 'p-cai', displayName: 'Cai', role: 'company' }),
  frida: makeParticipant({ id: 'p-frida', displayName: 'Frida', role: 'facilitator' }),
  olle: makeParticipant({ id: 'p-olle', displayName: 'Olle', role: 'observer' }),
}

export const TITLES = ['Bus lanes', 'Solar roofs', 'Tree planting'] as const

export function makeVotingDocs(phaseKind: string | null = 'vote') {
  const docs: BoardDocs = { board: new Y.Doc(), ledger: new Y.Doc(), control: new Y.Doc() }
  const ids = TITLES.map(
    (title, i) =>
      addMeasure(docs.board, {
        fields: makeMeasureFields({ title }),
        proposer: { participantId: 'p-anna', actorId: null },
        now: new Date(Date.UTC(2026, 2, 3, 18, i)),
      }).id,
  )
  for (const person of Object.values(PEOPLE)) registerParticipant(docs.ledger, person)
  seedAgenda(docs.control, 'citizen_workshop', 'en')
  if (phaseKind) goToPhase(docs.control, phaseKind)
  return { docs, ids }
}

export function goToPhase(control: Y.Doc, kind: string) {
  const phase = listPhases(control).find((p) => p.kind === kind)
  if (!phase) throw new Error(`No ${kind} phase`)
  setCurrentPhase(control, phase.id)
}

/** What the server writes after a cast: the voter's dots on one card. */
export function giveDots(ledger: Y.Doc, participantId: string, measureId: string, count: number) {
  setVote(ledger, { participantId, measureId, count })
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

/** A JSON answer from the stubbed server. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}
