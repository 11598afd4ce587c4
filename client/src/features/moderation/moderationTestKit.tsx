import {
  approveMeasure,
  hideMeasure,
  type ModerationEvent,
  mergeMeasure,
  type Participant,
  reportMeasure,
  setPreModeration,
  unhideMeasure,
} from '@pactboard/shared'
import type * as Y from 'yjs'
import type { BoardDocs } from '../../sync/useBoard.ts'
import { frida, jsonResponse, stubFetch } from '../board/boardTestKit.tsx'

/** Test kit for moderation, on the board kit: a fake server that writes the ledger as the real one. */

export function preModerate(docs: BoardDocs) {
  setPreModeration(docs.ledger, true, [], { by: frida.id })
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
export function fakeModerationServer(docs: BoardDocs, by: Participant, failWith?: string) {
  const calls: Call[] = []
  const fetchMock = stubFetch((url, init) => {
    // a voter's board asks for their own dots: none here, and not a moderation call
    if (url.endsWith('/votes/mine')) return jsonResponse(200, { votes: {}, spent: 0, remaining: 5 })
    const body: unknown = init.body ? JSON.parse(String(init.body)) : undefined
    const headers = (init.headers ?? {}) as Record<string, string>
    calls.push({
      method: init.method ?? 'GET',
      url,
      body,
      authorization: headers.authorization ?? null,
    })
    if (failWith) return jsonResponse(403, { error: { code: 'FORBIDDEN', message: failWith } })
    const moderator = { by: by.id }
    const fields = (body ?? {}) as { reason?: string; into?: string; preModeration?: boolean }
    const match = /\/measures\/([^/]+)\/(\w+)$/.exec(url)
    const id = match?.[1] ? decodeURIComponent(match[1]) : ''
    let event: ModerationEvent | null = null
    docs.ledger.transact(() => {
      event = serverWrite(docs.ledger, url, match?.[2], id, fields, moderator)
    })
    return jsonResponse(200, { event })
  })
  return { calls, fetchMock }
}
