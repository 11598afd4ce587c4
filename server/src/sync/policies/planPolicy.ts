import { DOC_LAYOUTS } from '@pactboard/shared'
import type { DocPolicy } from '../DocPolicy.ts'
import { roleRefusal, strayRefusal } from './roleGate.ts'

/** The `plan` doc: facilitators' and planners' ([P4]); within its layout. */
export const planPolicy: DocPolicy = {
  doc: 'plan',
  layout: DOC_LAYOUTS.plan,
  dependsOn: [],
  gate: (claims) => roleRefusal(claims, 'plan'),
  judge: (_doc, change) => strayRefusal(change.stray),
}
