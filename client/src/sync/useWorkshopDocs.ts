import { canWriteDoc, type DocName, type Participant, type PresenceState } from '@pactboard/shared'
import { useEffect, useRef, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { resetConnectionStore, useConnectionStore, watchBrowserOnline } from './connectionStore.ts'
import { createDocConnection, type DocConnection } from './createProvider.ts'
import { collectOwnWork, lostOwnWork } from './lostWork.ts'
import { useRecoveryStore } from './recoveryStore.ts'

/**
 * The docs the workshop screen reads: board and plan views share them, tabs switch at once. The
 * plan is opened the first time the plan or the presentation is shown (and then kept): a phone
 * that stays on the board never opens its socket nor downloads the plan's text.
 */
export const WORKSHOP_SCREEN_DOCS = [
  'board',
  'ledger',
  'control',
  'plan',
] as const satisfies DocName[]
export type WorkshopScreenDoc = (typeof WORKSHOP_SCREEN_DOCS)[number]
export type WorkshopDocs = Record<Exclude<WorkshopScreenDoc, 'plan'>, DocConnection> & {
  plan: DocConnection | null
}
/** The docs once the plan is open: what the plan and the presentation read. */
export type WorkshopDocsWithPlan = WorkshopDocs & { plan: DocConnection }

/**
 * A doc that keeps being refused right after starting over is not started over again: something
 * on this device writes what the server will not take, and a reset loop would not help.
 */
export const MAX_STARTS_OVER = 3
export const STARTS_OVER_WINDOW_MS = 60_000

interface UseWorkshopDocsOptions {
  workshopId: string
  token: string
  participant: Participant
  /** Whether a view that reads the plan is shown; the plan doc opens the first time it is. */
  planWanted: boolean
}

/** The performance mark set when the board doc first synced. */
export const BOARD_SYNCED_MARK = 'pactboard:board-synced'

/** Resolves once the provider has synced with the server (at once when it already has). */
export function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const handle = (synced: boolean) => {
      if (!synced) return
      provider.off('sync', handle)
      resolve()
    }
    provider.on('sync', handle)
  })
}

/**
 * Opens the workshop's docs while the screen is mounted and closes them after. Presence goes
 * on the board doc's awareness only, so one person is one entry however many docs are open;
 * the plan doc's awareness carries only the editor's carets (set by the plan editor).
 *
 * When the server refuses a write to a doc this person's role may write, it has burnt that
 * doc's client id ([S2] on the server): the doc, and its IndexedDB copy, are thrown away and a
 * fresh one (new client id) syncs from the server. The docs object then changes identity, and
 * every view reading a doc through `useY` subscribes to the new one. Before the board goes, the
 * person's own measures and comments are collected; those the server's copy lacks are offered
 * back (recoveryStore). A refusal of a doc the role may not write at all (an observer's) only
 * says so, as before.
 */
export function useWorkshopDocs({
  workshopId,
  token,
  participant,
  planWanted,
}: UseWorkshopDocsOptions): WorkshopDocs | null {
  const [docs, setDocs] = useState<WorkshopDocs | null>(null)
  const openPlan = useRef<(() => void) | null>(null)
  const { id: participantId, displayName, role } = participant
  // A renewed token (a staff member's, renewed from their session) reaches the open connections
  // below without opening the docs anew.
  const tokenRef = useRef(token)
  tokenRef.current = token

  useEffect(() => {
    // A new screen starts clean: no final close or refusal left over from the previous one;
    // what this workshop kept from an earlier refusal comes back (recoveryStore).
    resetConnectionStore()
    useRecoveryStore.getState().openWorkshop(workshopId)
    const store = useConnectionStore.getState()
    const stopWatching = watchBrowserOnline()
    const presence: PresenceState = { user: { participantId, displayName, role } }
    let disposed = false
    const startingOver = new Set<WorkshopScreenDoc>()
    const startsOver = new Map<WorkshopScreenDoc, number[]>()

    const open = (docName: WorkshopScreenDoc): DocConnection => {
      store.setStatus(docName, 'connecting')
      const connection = createDocConnection({
        workshopId,
        docName,
        token: tokenRef.current,
        onStatus: (status) => useConnectionStore.getState().setStatus(docName, status),
        onFinalClose: (close) => useConnectionStore.getState().setFinalClose(close),
        onWriteRefused: (reason) => void handleRefusal(docName, connection, reason),
      })
      if (docName === 'board') {
        announcePresence(connection)
        // When the board's content arrived: the browser benchmark times the board from here.
        void whenSynced(connection.provider).then(() =>
          performance.mark?.(BOARD_SYNCED_MARK, { detail: { workshopId } }),
        )
      }
      return connection
    }

    const announcePresence = ({ provider }: DocConnection) => {
      const { awareness } = provider
      awareness.setLocalState(presence)
      // The server forgets a closed connection's presence at its last clock; announcing again
      // with a newer clock shows a reconnected person at once, not at the next 15 s renewal.
      provider.on('status', ({ status }) => {
        if (status === 'connected') awareness.setLocalState(presence)
      })
    }

    const mayStartOver = (docName: WorkshopScreenDoc): boolean => {
      const now = Date.now()
      const recent = (startsOver.get(docName) ?? []).filter(
        (at) => now - at < STARTS_OVER_WINDOW_MS,
      )
      if (recent.length >= MAX_STARTS_OVER) return false
      startsOver.set(docName, [...recent, now])
      return true
    }

    const handleRefusal = async (
      docName: WorkshopScreenDoc,
      refused: DocConnection,
      reason: string,
    ) => {
      if (disposed || opened[docName] !== refused || startingOver.has(docName)) return
      if (!canWriteDoc(role, docName) || !mayStartOver(docName)) {
        useConnectionStore.getState().setWriteRefused(docName)
        return
      }
      startingOver.add(docName)
      useRecoveryStore.getState().refused({ doc: docName, reason })
      const own = docName === 'board' ? collectOwnWork(refused.doc, participantId) : null
      await refused.discard()
      startingOver.delete(docName)
      if (disposed) return
      const fresh = open(docName)
      opened = { ...opened, [docName]: fresh }
      setDocs(opened)
      if (!own) return
      await whenSynced(fresh.provider)
      if (disposed || opened.board !== fresh) return
      useRecoveryStore.getState().offer(lostOwnWork(own, fresh.doc), reason)
    }

    let opened: WorkshopDocs = {
      board: open('board'),
      ledger: open('ledger'),
      control: open('control'),
      plan: null,
    }
    setDocs(opened)
    openPlan.current = () => {
      if (disposed || opened.plan) return
      opened = { ...opened, plan: open('plan') }
      setDocs(opened)
    }
    return () => {
      disposed = true
      openPlan.current = null
      stopWatching()
      for (const name of WORKSHOP_SCREEN_DOCS) {
        opened[name]?.destroy()
        useConnectionStore.getState().forgetDoc(name)
      }
      setDocs(null)
    }
  }, [workshopId, participantId, displayName, role])

  // The server closes a socket when the token it opened with runs out; a connection still on an
  // older token reconnects with the new one at once (the stock provider reads `params` on each
  // connect), a moment's resync instead of a cut.
  useEffect(() => {
    if (!docs) return
    for (const name of WORKSHOP_SCREEN_DOCS) {
      // the plan's connection is opened with the Plan tab, with the token of that moment
      const provider = docs[name]?.provider
      if (!provider || provider.params.token === token) continue
      provider.params.token = token
      if (provider.wsconnected || provider.wsconnecting) {
        provider.disconnect()
        provider.connect()
      }
    }
  }, [docs, token])

  const planMissing = docs !== null && docs.plan === null
  useEffect(() => {
    if (planWanted && planMissing) openPlan.current?.()
  }, [planWanted, planMissing])

  return docs
}
