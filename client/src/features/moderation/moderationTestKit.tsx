import {
  addMeasure,
  approveMeasure,
  hideMeasure,
  type ModerationEvent,
  mergeMeasure,
  type Participant,
  registerParticipant,
  reportMeasure,
  setPreModeration,
  unhideMeasure,
} from '@pactboard/shared'
import { makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import * as Y from 'yjs'
import { TEST_API } from '../../test/render.tsx'
import { MeasureBoard } from '../board/MeasureBoard.tsx'

/** Test kit for moderation: real docs, and a fake server that writes the ledger as the real one. */

export const anna = makeParticipant({ id: 'p-anna', displayName: 'Anna' })
export const bo = makeParticipant({ id: 'p-bo', displayName: 'Bo' })
export const frida = makeParticipant({ id: 'p-fac', displayName: 'Frida', role: 'facilitator' })
export const pia = makeParticipant({ id: 'p-plan', displayName: 'Pia', role: 'planner' })

export interface Docs {
  board: Y.Doc
  ledger: Y.Doc
  control: Y.Doc
}

export function makeDocs(): Docs {
  const ledger = new Y.Doc()
  for (const p of [anna, bo, frida, pia]) registerParticipant(ledger, p)
  return { board: new Y.Doc(), ledger, control: new Y.Doc() }
}

export function propose(docs: Docs, who: Participant, title: string): string {
  const fields = makeMeasureFields({ title })
  return addMeasure(docs.board, { fields, proposer: { participantId: who.id, actorId: null } }).id
}

export function preModerate(docs: Docs) {
  setPreModeration(docs.ledger, true, [], { by: frida.id })
}

export function renderBoard(docs: Docs, me: Participant) {
  return render(<BoardFor docs={docs} me={me} />)
}

export function BoardFor({ docs, me }: { docs: Docs; me: Participant }) {
  return <MeasureBoard {...docs} api={TEST_API} me={me} canWrite={me.role !== 'observer'} />
}

function serverWrite(
  ledger: Y.Doc,
  url: string,
  action: string | undefined,
  id: string,
  fields: { reason?: string; into?: string; preModeration?: boolean },
  moderator: { by: string },
): ModerationEvent | null {
  if (url.endsWith('/moderation')) {
    return setPreModeration(ledger, fields.preModeration === true, [], moderator)
  }
  switch (action) {
    case 'approve':
      return approveMeasure(ledger, id, moderator)
    case 'hide':
      return hideMeasure(ledger, id, fields.reason ?? '', moderator)
    case 'unhide':
      return unhideMeasure(ledger, id, moderator)
    case 'merge':
      return mergeMeasure(ledger, id, fields.into ?? '', moderator)
    case 'reports':
      return reportMeasure(ledger, id, fields.reason ?? '', moderator)
    default:
      return null
  }
}

export interface Call {
  method: string
  url: string
  body: unknown
  authorization: string | null
}

/**
 * Stubs `fetch` with the moderation routes: each call is recorded and, like the server, written
 * into the ledger by the shared helpers (by the token's person, `by`).
 */
export function fakeModerationServer(docs: Docs, by: Participant, failWith?: string) {
  const calls: Call[] = []
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    const body: unknown = init.body ? JSON.parse(String(init.body)) : undefined
    const headers = (init.headers ?? {}) as Record<string, string>
    calls.push({
      method: init.method ?? 'GET',
      url,
      body,
      authorization: headers.authorization ?? null,
    })
    if (failWith) {
      return new Response(JSON.stringify({ error: { code: 'FORBIDDEN', message: failWith } }), {
        status: 403,
      })
    }
    const moderator = { by: by.id }
    const fields = (body ?? {}) as { reason?: string; into?: string; preModeration?: boolean }
    const match = /\/measures\/([^/]+)\/(\w+)$/.exec(url)
    const id = match?.[1] ? decodeURIComponent(match[1]) : ''
    let event: ModerationEvent | null = null
    docs.ledger.transact(() => {
      event = serverWrite(docs.ledger, url, match?.[2], id, fields, moderator)
    })
    return new Response(JSON.stringify({ event }), { status: 200 })
  })
  vi.stubGlobal('fetch', fetchMock)
  return { calls, fetchMock }
}
