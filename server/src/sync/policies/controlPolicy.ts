import { DOC_LAYOUTS } from '@pactboard/shared'
import type { DocPolicy } from '../DocPolicy.ts'
import { roleRefusal, strayRefusal } from './roleGate.ts'

/** The `control` doc: the facilitator's ([P2]); within its layout. */
export const controlPolicy: DocPolicy = {
  doc: 'control',
  layout: DOC_LAYOUTS.control,
  dependsOn: [],
  gate: (claims) => roleRefusal(claims, 'control'),
  judge: (_doc, change) => strayRefusal(change.stray),
}
