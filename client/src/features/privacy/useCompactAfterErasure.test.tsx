import { markParticipantErased, registerParticipant } from '@pactboard/shared'
import { makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import type { DocConnection } from '../../sync/createProvider.ts'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { useCompactAfterErasure } from './useCompactAfterErasure.ts'

/** The updates y-indexeddb keeps for a database, read back as the strings they hold. */
async function storedText(name: string): Promise<string> {
  const doc = new Y.Doc()
  const reader = new IndexeddbPersistence(name, doc)
  await reader.whenSynced
  const raw: Uint8Array[] = await new Promise((resolve) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const all = request.result.transaction('updates').objectStore('updates').getAll()
      all.onsuccess = () => {
        request.result.close()
        resolve(all.result as Uint8Array[])
      }
    }
  })
  await reader.destroy()
  return raw.map((bytes) => new TextDecoder().decode(bytes)).join('')
}

const opened: IndexeddbPersistence[] = []
afterEach(async () => {
  for (const persistence of opened.splice(0)) await persistence.destroy()
})

describe('[G2] this device after someone is erased', () => {
  it('rewrites its IndexedDB copy from the doc as it now is: the old name is gone from it', async () => {
    const ledger = new Y.Doc()
    const persistence = new IndexeddbPersistence('pactboard:w-1:ledger', ledger)
    opened.push(persistence)
    await persistence.whenSynced
    registerParticipant(ledger, makeParticipant({ displayName: 'Anna Lindqvist' }))
    const docs = { ledger: { doc: ledger, persistence } as unknown as DocConnection }
    renderHook(() => useCompactAfterErasure(docs as unknown as WorkshopDocs))
    await waitFor(async () =>
      expect(await storedText('pactboard:w-1:ledger')).toContain('Anna Lindqvist'),
    )

    act(() => {
      markParticipantErased(ledger, 'p-anna', { formerName: 'Former participant 1', by: 'p-frida' })
    })
    await waitFor(async () => {
      const text = await storedText('pactboard:w-1:ledger')
      expect(text).toContain('Former participant 1')
      expect(text).not.toContain('Anna Lindqvist')
    })
  })
})
