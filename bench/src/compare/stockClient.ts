import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type ClientSpec, PRESENCE_RENEWAL_MS } from './protocol.ts'
import { referencesDir } from './references.ts'

/**
 * One simulated person's connections through the stock client of their server: y-websocket's
 * WebsocketProvider (Pactboard, @y/websocket-server; one socket per doc, as a phone opens them)
 * or @hocuspocus/provider (one socket for all of the person's docs, as Hocuspocus multiplexes).
 */
export interface StockClient {
  readonly spec: ClientSpec
  /** The person's docs by doc name (`board`, `plan`). */
  readonly docs: Map<string, Y.Doc>
  isSynced(): boolean
  /** Calls `listener` whenever a provider reports a sync. */
  onSynced(listener: () => void): void
  destroy(): void
}

// Just what the bench uses of @hocuspocus/provider, which lives outside the workspace
// (bench/references) and so cannot lend the typecheck its own types.
interface HocuspocusProviderLike {
  readonly synced: boolean
  readonly awareness: Awareness | null
  attach(): void
  destroy(): void
  on(event: 'synced', listener: () => void): void
}

interface HocuspocusModule {
  HocuspocusProvider: new (configuration: {
    name: string
    document: Y.Doc
    url?: string
    websocketProvider?: unknown
    WebSocketPolyfill?: unknown
  }) => HocuspocusProviderLike
  HocuspocusProviderWebsocket: new (configuration: {
    url: string
    WebSocketPolyfill: unknown
  }) => { destroy(): void }
}

let hocuspocus: Promise<HocuspocusModule> | null = null

function loadHocuspocus(): Promise<HocuspocusModule> {
  // through a re-export inside bench/references: resolved from there, the provider's ESM build
  // imports the repository's yjs, the one these docs are made of
  hocuspocus ??= import(new URL('hocuspocusProvider.mjs', referencesDir).href)
  return hocuspocus
}

type Awareness = { setLocalState(state: unknown): void }

/**
 * Hides the person's presence now; on the board, shows it within one renewal period.
 *
 * The stock providers renew a person's presence every 15 s after it was set. People who all
 * connected within seconds would renew in step: 200 renewals in one burst, each relayed to
 * everyone, which the workers (simulating 200 phones on part of a core) cannot absorb, though no
 * phone would notice. So each person shows presence at a random moment of one renewal period, as
 * people arriving over time do, and the renewals stay spread (though each provider checks every
 * 3 s, so those due in the same 3 s go together).
 */
function schedulePresence(spec: ClientSpec, docName: string, awareness: Awareness | null) {
  awareness?.setLocalState(null)
  if (docName !== 'board' || !spec.presence || !awareness) return () => {}
  const user = {
    participantId: spec.participantId,
    displayName: `Client ${spec.index}`,
    role: 'participant',
  }
  const timer = setTimeout(
    () => awareness.setLocalState({ user }),
    Math.random() * PRESENCE_RENEWAL_MS,
  )
  return () => clearTimeout(timer)
}

export async function openStockClient(spec: ClientSpec): Promise<StockClient> {
  return spec.kind === 'hocuspocus' ? openHocuspocusClient(spec) : openYWebsocketClient(spec)
}

function openYWebsocketClient(spec: ClientSpec): StockClient {
  const docs = new Map<string, Y.Doc>()
  const providers: WebsocketProvider[] = []
  const cancels: (() => void)[] = []
  for (const [docName, room] of Object.entries(spec.rooms)) {
    const doc = new Y.Doc()
    const provider = new WebsocketProvider(spec.url, room, doc, {
      params: spec.token ? { token: spec.token } : {},
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    // presence lives on the board (Pactboard's client sets it there only)
    cancels.push(schedulePresence(spec, docName, provider.awareness))
    docs.set(docName, doc)
    providers.push(provider)
  }
  return {
    spec,
    docs,
    isSynced: () => providers.every((p) => p.synced),
    onSynced(listener) {
      for (const provider of providers) provider.on('sync', listener)
    },
    destroy() {
      for (const cancel of cancels) cancel()
      for (const provider of providers) provider.destroy()
    },
  }
}

async function openHocuspocusClient(spec: ClientSpec): Promise<StockClient> {
  const { HocuspocusProvider, HocuspocusProviderWebsocket } = await loadHocuspocus()
  const docs = new Map<string, Y.Doc>()
  const cancels: (() => void)[] = []
  const rooms = Object.entries(spec.rooms)
  // one doc: the provider keeps its own socket; several: they share one, as Hocuspocus intends
  const socket =
    rooms.length > 1
      ? new HocuspocusProviderWebsocket({ url: spec.url, WebSocketPolyfill: WebSocket })
      : null
  const providers = rooms.map(([docName, room]) => {
    const doc = new Y.Doc()
    docs.set(docName, doc)
    const provider = socket
      ? new HocuspocusProvider({ name: room, document: doc, websocketProvider: socket })
      : new HocuspocusProvider({
          name: room,
          document: doc,
          url: spec.url,
          WebSocketPolyfill: WebSocket,
        })
    if (socket) provider.attach()
    cancels.push(schedulePresence(spec, docName, provider.awareness))
    return provider
  })
  return {
    spec,
    docs,
    isSynced: () => providers.every((p) => p.synced),
    onSynced(listener) {
      for (const provider of providers) provider.on('synced', listener)
    },
    destroy() {
      for (const cancel of cancels) cancel()
      for (const provider of providers) provider.destroy()
      socket?.destroy()
    },
  }
}
