import {
  addMeasure,
  type DocName,
  isFinalCloseCode,
  RECONNECT_MAX_BACKOFF_MS,
  reconnectDelayMs,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { waitFor } from './waitFor.ts'

const MESSAGE_AWARENESS = 1
const MESSAGE_AUTH = 2

/** A ws socket that counts the awareness frames it receives, for the O(N) presence test. */
export class CountingWebSocket extends WebSocket {
  awarenessFramesReceived = 0
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args)
    this.addEventListener('message', (event) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer)
      if (bytes[0] === MESSAGE_AWARENESS) this.awarenessFramesReceived++
    })
  }
}

export interface TestClient {
  doc: Y.Doc
  /** Who the token says this client is (read, not verified: the server verifies). */
  participantId: string
  provider: WebsocketProvider
  /** Reasons of the permission-denied (auth) messages received. */
  denials: string[]
  /** Close codes of the connections the server closed. */
  closeCodes: number[]
  synced(): Promise<void>
  socket(): CountingWebSocket | null
  destroy(): void
}

function participantOf(token: string): string {
  const payload = token.split('.')[1] ?? ''
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      participantId?: unknown
    }
    return typeof claims.participantId === 'string' ? claims.participantId : ''
  } catch {
    return ''
  }
}

/** The stock y-websocket provider, as the browser client uses it, with a few probes. */
export function connectClient(
  syncUrl: string,
  workshopId: string,
  doc: DocName,
  token: string,
  /** The client's doc, for a client that moves to another server with what it has. */
  ydoc: Y.Doc = new Y.Doc(),
  options: {
    /** Reconnect as the browser client does (full jitter, 2.5 s cap), not at once. */
    jitteredReconnect?: boolean
  } = {},
): TestClient {
  let retry: ReturnType<typeof setTimeout> | null = null
  const provider = new WebsocketProvider(`${syncUrl}/${workshopId}`, doc, ydoc, {
    connect: false,
    params: { token },
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: options.jitteredReconnect ? RECONNECT_MAX_BACKOFF_MS : 200,
    ...(options.jitteredReconnect && {
      shouldReconnect: (event: CloseEvent, p: WebsocketProvider) => {
        if (!isFinalCloseCode(event.code)) {
          retry = setTimeout(() => p.connect(), reconnectDelayMs(p.wsUnsuccessfulReconnects))
        }
        return false
      },
    }),
  })
  const denials: string[] = []
  const closeCodes: number[] = []
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    decoding.readVarUint(decoder)
    denials.push(decoding.readVarString(decoder))
  }
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code)
  })
  provider.connect()
  return {
    doc: ydoc,
    participantId: participantOf(token),
    provider,
    denials,
    closeCodes,
    synced: () => waitFor(() => provider.synced, `${doc} to sync`),
    socket: () => provider.ws as unknown as CountingWebSocket | null,
    destroy() {
      if (retry) clearTimeout(retry)
      provider.destroy()
      ydoc.destroy()
    },
  }
}

/** A bare socket for sending what no provider would. */
export interface RawClient {
  ws: WebSocket
  frames: Uint8Array[]
  closed: Promise<{ code: number; reason: string }>
  opened: Promise<void>
}

export function connectRaw(url: string): RawClient {
  const ws = new WebSocket(url)
  const frames: Uint8Array[] = []
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)))
  ws.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  // Rejects when the server answers the upgrade with an HTTP status (a rate limit's 429).
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve())
    ws.on('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: HTTP ${response.statusCode}`)),
    )
  })
  opened.catch(() => {})
  return { ws, frames, closed, opened }
}

/** Proposes a measure titled `title` on a client's board doc, as someone at the board would. */
export function propose(client: TestClient, title: string) {
  return addMeasure(client.doc, {
    fields: makeMeasureFields({ title }),
    proposer: { participantId: client.participantId, actorId: null },
  })
}
