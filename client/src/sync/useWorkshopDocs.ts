import type { DocName, Participant, PresenceState } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { resetConnectionStore, useConnectionStore, watchBrowserOnline } from './connectionStore.ts'
import { createDocConnection, type DocConnection } from './createProvider.ts'

/** The docs the workshop screen reads: board and plan views share them, tabs switch at once. */
export const WORKSHOP_SCREEN_DOCS = [
  'board',
  'ledger',
  'control',
  'plan',
] as const satisfies DocName[]
export type WorkshopScreenDoc = (typeof WORKSHOP_SCREEN_DOCS)[number]
export type WorkshopDocs = Record<WorkshopScreenDoc, DocConnection>

interface UseWorkshopDocsOptions {
  workshopId: string
  token: string
  participant: Participant
}

/**
 * Opens the workshop's docs while the screen is mounted and closes them after. Presence goes
 * on the board doc's awareness only, so one person is one entry however many docs are open;
 * the plan doc's awareness carries only the editor's carets (set by the plan editor).
 */
export function useWorkshopDocs({
  workshopId,
  token,
  participant,
}: UseWorkshopDocsOptions): WorkshopDocs | null {
  const [docs, setDocs] = useState<WorkshopDocs | null>(null)
  const { id: participantId, displayName, role } = participant

  useEffect(() => {
    // A new screen starts clean: no final close or refusal left over from the previous one.
    resetConnectionStore()
    const store = useConnectionStore.getState()
    const stopWatching = watchBrowserOnline()
    const open = (docName: WorkshopScreenDoc) => {
      store.setStatus(docName, 'connecting')
      return createDocConnection({
        workshopId,
        docName,
        token,
        onStatus: (status) => useConnectionStore.getState().setStatus(docName, status),
        onFinalClose: (close) => useConnectionStore.getState().setFinalClose(close),
        onWriteRefused: () => useConnectionStore.getState().setWriteRefused(docName),
      })
    }
    const opened: WorkshopDocs = {
      board: open('board'),
      ledger: open('ledger'),
      control: open('control'),
      plan: open('plan'),
    }
    const presence: PresenceState = { user: { participantId, displayName, role } }
    const { awareness } = opened.board.provider
    awareness.setLocalState(presence)
    // The server forgets a closed connection's presence at its last clock; announcing again
    // with a newer clock shows a reconnected person at once, not at the next 15 s renewal.
    opened.board.provider.on('status', ({ status }) => {
      if (status === 'connected') awareness.setLocalState(presence)
    })
    setDocs(opened)
    return () => {
      stopWatching()
      for (const name of WORKSHOP_SCREEN_DOCS) {
        opened[name].destroy()
        useConnectionStore.getState().forgetDoc(name)
      }
      setDocs(null)
    }
  }, [workshopId, token, participantId, displayName, role])

  return docs
}
