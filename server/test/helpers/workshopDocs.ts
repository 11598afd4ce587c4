import {
  addMeasure,
  type DocName,
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
  /** A card proposed by `participantId`, written to the board as a client would. */
  addCard(participantId: string, title?: string): Promise<string>
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
    async addCard(participantId, title = 'Solar roofs on every school') {
      const measure = await doc('board', (board) =>
        addMeasure(board, {
          fields: makeMeasureFields({ title }),
          proposer: { participantId, actorId: null },
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
