import {
  addMeasure,
  type CreateWorkshopResponse,
  type DocName,
  type JoinRequest,
  type JoinResponse,
  listPhases,
  type PhaseKind,
  setCurrentPhase,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import type { LightMyRequestResponse } from 'fastify'
import type * as Y from 'yjs'
import type { TestServer } from './server.ts'

/** Reading and writing a workshop's docs as the server does, and calling its API, for tests. */
export interface WorkshopDocs {
  /** Runs `fn` on the live doc inside the room's write queue (reads see every earlier write). */
  doc<T>(name: DocName, fn: (doc: Y.Doc) => T): Promise<T>
  /** A card proposed by `participantId` (for `actorId`), written to the board as a client would. */
  addCard(participantId: string, title?: string, actorId?: string | null): Promise<string>
  /** Moves the agenda to its first phase of `kind`, as the facilitator's client would. */
  enterPhase(kind: PhaseKind): Promise<void>
  api(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    token: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>
}

export function workshopDocs(server: TestServer, workshopId: string): WorkshopDocs {
  const doc = <T>(name: DocName, fn: (doc: Y.Doc) => T) =>
    server.context.registry.write({ workshopId, doc: name }, fn)
  return {
    doc,
    async addCard(participantId, title = 'Solar roofs on every school', actorId = null) {
      const measure = await doc('board', (board) =>
        addMeasure(board, {
          fields: makeMeasureFields({ title }),
          proposer: { participantId, actorId },
        }),
      )
      return measure.id
    },
    enterPhase: (kind) =>
      doc('control', (control) => {
        const phase = listPhases(control).find((p) => p.kind === kind)
        if (!phase) throw new Error(`No ${kind} phase on the agenda`)
        setCurrentPhase(control, phase.id)
      }),
    api: (method, path, token, payload) =>
      server.app.inject({
        method,
        url: `/api/workshops/${workshopId}${path}`,
        headers: { authorization: `Bearer ${token}` },
        ...(payload ? { payload } : {}),
      }),
  }
}

export interface RunningWorkshopSetup<P extends string, C extends string> {
  /** Who joins by code, in this order: a name for each, and what they join with. */
  people?: Record<P, Partial<JoinRequest>>
  /** The cards on the board, proposed in this order by one of `people` or the facilitator. */
  cards?: Record<C, { by: NoInfer<P> | 'facilitator'; title?: string }>
  /** The agenda's phase to enter once the cards are there. */
  phase?: PhaseKind
}

export interface RunningWorkshop<P extends string, C extends string> {
  created: CreateWorkshopResponse
  docs: WorkshopDocs
  people: Record<P, JoinResponse>
  /** The cards' measure ids. */
  cards: Record<C, string>
}

/** A new workshop on `server`, then its people joined, its cards proposed and its phase entered. */
export async function runningWorkshop<P extends string = never, C extends string = never>(
  server: TestServer,
  setup: RunningWorkshopSetup<P, C> = {},
): Promise<RunningWorkshop<P, C>> {
  const created = await server.createWorkshop()
  const docs = workshopDocs(server, created.workshop.id)
  const people = {} as Record<P, JoinResponse>
  for (const [name, request] of entries(setup.people)) {
    people[name] = await server.join(created.joinCode, request)
  }
  const cards = {} as Record<C, string>
  for (const [name, { by, title }] of entries(setup.cards)) {
    const { id, actorId } = by === 'facilitator' ? created.participant : people[by].participant
    cards[name] = await docs.addCard(id, title, actorId)
  }
  if (setup.phase) await docs.enterPhase(setup.phase)
  return { created, docs, people, cards }
}

const entries = <K extends string, V>(record: Record<K, V> | undefined) =>
  Object.entries(record ?? {}) as [K, V][]
