import { DOC_LAYOUTS } from '@pactboard/shared'
import type { DocPolicy } from '../DocPolicy.ts'
import { roleRefusal } from './roleGate.ts'

/** The `ledger` doc: the server's alone ([P5]); clients call the HTTP API. */
export const ledgerPolicy: DocPolicy = {
  doc: 'ledger',
  layout: DOC_LAYOUTS.ledger,
  dependsOn: [],
  gate: (claims) => roleRefusal(claims, 'ledger') ?? 'read-only: the server writes the ledger',
  judge: () => 'read-only: the server writes the ledger',
}
