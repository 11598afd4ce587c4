import {
  addMeasure,
  listPhases,
  type Participant,
  registerParticipant,
  seedAgenda,
  setCurrentPhase,
} from '@pactboard/shared'
import { makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import * as Y from 'yjs'
import type { BoardDocs } from '../../sync/useBoard.ts'
import { TEST_API } from '../../test/render.tsx'
import { WorkshopBoard } from '../workshop/WorkshopBoard.tsx'

/**
 * Test kit for everything on the board: the people of one workshop, its real docs, and the
 * board rendered for one of them. Feature kits (moderation, voting) build on this one.
 */

export const anna = makeParticipant({ id: 'p-anna', displayName: 'Anna' })
export const bo = makeParticipant({ id: 'p-bo', displayName: 'Bo' })
export const cai = makeParticipant({ id: 'p-cai', displayName: 'Cai', role: 'company' })
export const frida = makeParticipant({ id: 'p-fac', displayName: 'Frida', role: 'facilitator' })
export const pia = makeParticipant({ id: 'p-plan', displayName: 'Pia', role: 'planner' })
export const olle = makeParticipant({ id: 'p-obs', displayName: 'Olle', role: 'observer' })

/** Everyone above, as the ledger knows them once they have joined. */
export const PEOPLE: readonly Participant[] = [anna, bo, cai, frida, pia, olle]

/** A workshop's three docs, with everyone registered in the ledger; `board` may come filled. */
export function makeBoardDocs(board = new Y.Doc()): BoardDocs {
  const ledger = new Y.Doc()
  for (const person of PEOPLE) registerParticipant(ledger, person)
  return { board, ledger, control: new Y.Doc() }
}

/** How many measures each board doc has had proposed through `propose`, for their times. */
const proposedOn = new WeakMap<Y.Doc, number>()

/**
 * Adds a measure as `who` proposes it, for the organisation they represent, if any. Each
 * proposal on a board comes a minute after the one before, so that cards never tie on time.
 */
export function propose(docs: Pick<BoardDocs, 'board'>, who: Participant, title: string): string {
  const count = proposedOn.get(docs.board) ?? 0
  proposedOn.set(docs.board, count + 1)
  return addMeasure(docs.board, {
    fields: makeMeasureFields({ title }),
    proposer: { participantId: who.id, actorId: who.actorId },
    now: new Date(Date.UTC(2026, 2, 3, 18, count)),
  }).id
}

/**
 * The same workshop on another device: its own board doc, synced both ways with `docs.board`
 * as through the server. The ledger and control docs are shared, as no test here tells them apart.
 */
export function anotherDevice(docs: BoardDocs): BoardDocs {
  const theirs = new Y.Doc()
  const mine = docs.board
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine))
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs))
  mine.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== theirs) Y.applyUpdate(theirs, update, mine)
  })
  theirs.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== mine) Y.applyUpdate(mine, update, theirs)
  })
  return { ...docs, board: theirs }
}

/** Seeds the citizen workshop's agenda into `control`, once, as creating a workshop does. */
export function seedCitizenAgenda(control = new Y.Doc()): Y.Doc {
  seedAgenda(control, 'citizen_workshop', 'en')
  return control
}

/** Moves the agenda (seeded first if need be) to its phase of `kind`, as the facilitator does. */
export function goToPhase(control: Y.Doc, kind: string) {
  seedCitizenAgenda(control)
  const phase = listPhases(control).find((p) => p.kind === kind)
  if (!phase) throw new Error(`No ${kind} phase`)
  setCurrentPhase(control, phase.id)
}

export interface BoardOptions {
  /** Whether `me` may write the board; by default everyone but an observer. */
  canWrite?: boolean
  proposeClosedReason?: string | null
}

/** The board as `me` sees it, on `TEST_API`. */
export function BoardFor({
  docs,
  me,
  ...options
}: { docs: BoardDocs; me: Participant } & BoardOptions) {
  const { canWrite = me.role !== 'observer', proposeClosedReason = null } = options
  return (
    <WorkshopBoard
      docs={docs}
      api={TEST_API}
      me={me}
      canWrite={canWrite}
      proposeClosedReason={proposeClosedReason}
    />
  )
}

/** Renders the board for `me`; the render result, to unmount before someone else's turn. */
export function renderBoard(docs: BoardDocs, me: Participant, options: BoardOptions = {}) {
  return render(<BoardFor docs={docs} me={me} {...options} />)
}

/** A JSON answer from the stubbed server. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  })
}

/** Stubs `fetch` with `answer`; a test that calls this unstubs globals after itself. */
export function stubFetch(
  answer: (url: string, init: RequestInit) => Response | Promise<Response>,
) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => answer(url, init))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
