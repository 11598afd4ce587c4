import type { Vote, Workshop } from '@pactboard/shared'
import { buildPlanExport } from '@pactboard/shared/plan'
import type * as Y from 'yjs'

/** Everything the workshop holds, in the versioned schema `POST /api/workshops/import` reads. */
export function renderJson(input: {
  workshop: Workshop
  board: Y.Doc
  plan: Y.Doc
  ledger: Y.Doc
  votes: readonly Vote[]
  now: Date
}): string {
  return `${JSON.stringify(buildPlanExport(input), null, 2)}\n`
}
