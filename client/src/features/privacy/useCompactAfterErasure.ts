import { listParticipants, observeParticipants } from '@pactboard/shared'
import { useEffect } from 'react'
import { storeState } from 'y-indexeddb'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'

/**
 * [G2] When the ledger shows someone erased, this device's IndexedDB copies are rewritten from
 * the docs as they now are: y-indexeddb keeps every update it received until it trims its log,
 * and those updates hold the erased name and comments; the docs' state no longer does.
 */
export function useCompactAfterErasure(docs: WorkshopDocs | null): void {
  useEffect(() => {
    if (!docs) return
    const ledger = docs.ledger.doc
    let erasedSeen = 0
    const compact = () => {
      for (const connection of Object.values(docs)) {
        if (connection?.persistence) void storeState(connection.persistence, true).catch(() => {})
      }
    }
    const check = () => {
      const erased = listParticipants(ledger).filter((p) => p.erased).length
      if (erased > erasedSeen) compact()
      erasedSeen = erased
    }
    return observeParticipants(ledger, check)
  }, [docs])
}
