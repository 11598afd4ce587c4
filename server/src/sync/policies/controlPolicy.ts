import { DOC_LAYOUTS, SERVER_ONLY_CONTROL_KEYS } from '@pactboard/shared'
import type { DocPolicy } from '../DocPolicy.ts'
import { roleRefusal, strayRefusal } from './roleGate.ts'

const SERVER_ONLY: ReadonlySet<string> = new Set(SERVER_ONLY_CONTROL_KEYS)

/**
 * The `control` doc: the facilitator's ([P2]), within its layout; the keys the server writes
 * through a route (`resultsRevealed`: revealing publishes the totals) are not a client's to set.
 */
export const controlPolicy: DocPolicy = {
  doc: 'control',
  layout: DOC_LAYOUTS.control,
  dependsOn: [],
  gate: (claims) => roleRefusal(claims, 'control'),
  judge(_doc, change) {
    const stray = strayRefusal(change.stray)
    if (stray !== null) return stray
    for (const entry of change.entries) {
      if (entry.root === 'control' && SERVER_ONLY.has(entry.key)) {
        return `refused: ${entry.key} is set through the server`
      }
    }
    return null
  },
}
