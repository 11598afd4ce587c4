import {
  type DocName,
  isFinalCloseCode,
  RECONNECT_MAX_BACKOFF_MS,
  reconnectDelayMs,
} from '@pactboard/shared'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as authProtocol from 'y-protocols/auth'
import { messageAuth, WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { FinalClose, ProviderStatus } from './connectionStore.ts'

/**
 * One workshop doc, live: a Y.Doc kept in IndexedDB (so edits made offline survive a reload and
 * merge when the socket is back) and synced with the server by the stock WebsocketProvider over
 * `/sync/<workshopId>/<doc>?token=…`.
 */

export interface DocConnection {
  name: DocName
  doc: Y.Doc
  provider: WebsocketProvider
  persistence: IndexeddbPersistence | null
  destroy: () => void
  /**
   * Closes the connection and throws this device's copy away, IndexedDB included, so that a
   * fresh doc can start over from the server's (after a refusal: the old doc's clock is burnt).
   */
  discard: () => Promise<void>
}

export interface DocConnectionOptions {
  workshopId: string
  docName: DocName
  token: string
  /** ws(s)://host; defaults to this page's origin. */
  wsOrigin?: string
  /** Off in tests and wherever IndexedDB is missing. */
  persist?: boolean
  onStatus?: (status: ProviderStatus) => void
  onFinalClose?: (close: FinalClose) => void
  onWriteRefused?: (reason: string) => void
}

export function wsOriginOf(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}`
}

/** The IndexedDB database of one workshop doc; distinct per workshop so workshops never mix. */
export function localDocName(workshopId: string, docName: DocName): string {
  return `pactboard:${workshopId}:${docName}`
}

export function createDocConnection(options: DocConnectionOptions): DocConnection {
  const { workshopId, docName, token } = options
  const doc = new Y.Doc()
  const persistence =
    options.persist !== false && typeof indexedDB !== 'undefined'
      ? new IndexeddbPersistence(localDocName(workshopId, docName), doc)
      : null
  const wsOrigin = options.wsOrigin ?? wsOriginOf(window.location)
  let retry: ReturnType<typeof setTimeout> | null = null
  const provider = new WebsocketProvider(`${wsOrigin}/sync/${workshopId}`, docName, doc, {
    params: { token },
    // Tabs must not sync with each other behind the server's back: the server decides who may
    // write which doc, and an observer's tab would otherwise write into a participant's tab.
    disableBc: true,
    maxBackoffTime: RECONNECT_MAX_BACKOFF_MS,
    // A final close (44xx) stops, as the stock provider does; any other server close is retried
    // here, at a jittered delay, instead of at the provider's fixed one.
    shouldReconnect: (event, p) => {
      if (!isFinalCloseCode(event.code)) {
        retry = setTimeout(() => p.connect(), reconnectDelayMs(p.wsUnsuccessfulReconnects))
      }
      return false
    },
  })

  // The server tells a read-only connection that its write was refused (y-protocols auth).
  provider.messageHandlers[messageAuth] = (_encoder, decoder, p) => {
    authProtocol.readAuthMessage(decoder, p.doc, (_doc, reason) => options.onWriteRefused?.(reason))
  }

  const handleStatus = ({ status }: { status: ProviderStatus }) => options.onStatus?.(status)
  // `closed` also follows a close this connection retries itself (shouldReconnect above).
  const handleClosed = ({ code, reason }: { code: number; reason: string }) => {
    if (isFinalCloseCode(code)) options.onFinalClose?.({ doc: docName, code, reason })
  }
  provider.on('status', handleStatus)
  provider.on('closed', handleClosed)

  const close = () => {
    if (retry) clearTimeout(retry)
    provider.off('status', handleStatus)
    provider.off('closed', handleClosed)
    provider.destroy()
  }

  return {
    name: docName,
    doc,
    provider,
    persistence,
    destroy: () => {
      close()
      // destroy() flushes pending writes to IndexedDB before closing it.
      void persistence?.destroy()
      doc.destroy()
    },
    discard: async () => {
      close()
      // clearData() closes the database, then asks to delete it; a later open of the same name
      // waits for that deletion, so the next doc never loads the discarded one.
      await persistence?.clearData()
      doc.destroy()
    },
  }
}
