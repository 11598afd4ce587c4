import { addMeasure, listMeasures, type Participant } from '@pactboard/shared'
import { makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { useConnectionStore } from './connectionStore.ts'
import { type DocConnection, localDocName } from './createProvider.ts'
import { useRecoveryStore } from './recoveryStore.ts'
import { MAX_STARTS_OVER, useWorkshopDocs } from './useWorkshopDocs.ts'

/** The socket a provider opened (the test setup's QuietWebSocket), driven by hand. */
interface DrivenSocket {
  onopen: (() => void) | null
  onmessage: ((event: { data: ArrayBuffer }) => void) | null
}

/** messageAuth (2), permission denied (0), then the reason as a length-prefixed string. */
function permissionDenied(reason: string): ArrayBuffer {
  const text = new TextEncoder().encode(reason)
  return new Uint8Array([2, 0, text.length, ...text]).buffer
}

function refuse(connection: DocConnection, reason: string) {
  const socket = connection.provider.ws as unknown as DrivenSocket
  act(() => {
    socket.onopen?.()
    socket.onmessage?.({ data: permissionDenied(reason) })
  })
}

const CLOSED = 'refused: new proposals are closed in the Discuss phase'
const anna = makeParticipant({ id: 'p-anna', role: 'participant' })
const olle = makeParticipant({ id: 'p-obs', displayName: 'Olle', role: 'observer' })

let unmountLast: (() => void) | null = null
afterEach(() => {
  unmountLast?.()
  unmountLast = null
})

function openDocs(participant: Participant, workshopId: string) {
  const hook = renderHook(() =>
    useWorkshopDocs({ workshopId, token: 'tok', participant, planWanted: true }),
  )
  unmountLast = hook.unmount
  return hook
}

function docsOf(hook: ReturnType<typeof openDocs>) {
  const docs = hook.result.current
  if (!docs) throw new Error('docs not open')
  return docs
}

/** What the IndexedDB copy of `workshopId`'s board holds now, read into a doc of its own. */
async function storedBoard(workshopId: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(localDocName(workshopId, 'board'), doc)
  await persistence.whenSynced
  await persistence.destroy()
  return doc
}

describe('useWorkshopDocs after a refusal', () => {
  it('starts the board over from the server and offers back what was not taken', async () => {
    const hook = openDocs(anna, 'w-refused')
    const before = docsOf(hook).board
    const control = docsOf(hook).control
    await before.persistence?.whenSynced
    const trams = addMeasure(before.doc, {
      fields: makeMeasureFields({ title: 'Night trams' }),
      proposer: { participantId: anna.id, actorId: null },
    })

    refuse(before, CLOSED)

    await waitFor(() => expect(docsOf(hook).board).not.toBe(before))
    const fresh = docsOf(hook).board
    expect(before.doc.isDestroyed).toBe(true)
    expect(fresh.doc.clientID).not.toBe(before.doc.clientID)
    expect(listMeasures(fresh.doc)).toEqual([])
    expect(useRecoveryStore.getState().refusal).toEqual({ doc: 'board', reason: CLOSED })
    // The other docs are untouched.
    expect(docsOf(hook).control).toBe(control)

    // The server's copy arrives: someone else's card, not Anna's.
    const server = new Y.Doc()
    addMeasure(server, {
      fields: makeMeasureFields({ title: 'Bike lanes' }),
      proposer: { participantId: 'p-bo', actorId: null },
    })
    act(() => {
      Y.applyUpdate(fresh.doc, Y.encodeStateAsUpdate(server))
      fresh.provider.synced = true
    })

    await waitFor(() => expect(useRecoveryStore.getState().measures).toHaveLength(1))
    expect(useRecoveryStore.getState().measures[0]).toEqual({
      item: { id: trams.id, fields: makeMeasureFields({ title: 'Night trams' }) },
      reason: CLOSED,
    })
    // The bare refusal gives way to what was kept, which says why itself.
    expect(useRecoveryStore.getState().refusal).toBeNull()
    const stored = await storedBoard('w-refused')
    expect(listMeasures(stored).map((m) => m.title)).not.toContain('Night trams')
  })

  it('shows an observer the refusal and keeps their docs (no start over)', () => {
    const hook = openDocs(olle, 'w-observer')
    const before = docsOf(hook).board

    refuse(before, 'read-only: observer may not write board')

    expect(docsOf(hook).board).toBe(before)
    expect(before.doc.isDestroyed).toBe(false)
    expect(useConnectionStore.getState().writeRefused).toBe('board')
    expect(useRecoveryStore.getState().refusal).toBeNull()
  })

  it(`stops starting over after ${MAX_STARTS_OVER} refusals in a row`, async () => {
    const hook = openDocs(anna, 'w-loop')
    for (let round = 0; round < MAX_STARTS_OVER; round++) {
      const before = docsOf(hook).board
      refuse(before, CLOSED)
      await waitFor(() => expect(docsOf(hook).board).not.toBe(before))
    }
    const last = docsOf(hook).board
    refuse(last, CLOSED)
    expect(docsOf(hook).board).toBe(last)
    expect(useConnectionStore.getState().writeRefused).toBe('board')
  })
})
