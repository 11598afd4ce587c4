import { type ModerationEvent, observeModeration, openReports } from '@pactboard/shared'
import type * as Y from 'yjs'
import { useSharedY } from './useSharedY.ts'

/** Reports per card that no approval, hiding or unhiding has settled yet, live. */
export function useOpenReports(ledger: Y.Doc): Map<string, ModerationEvent[]> {
  return useSharedY(ledger, openReports, observeModeration)
}
