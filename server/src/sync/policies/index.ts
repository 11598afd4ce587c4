import type { DocPolicies } from '../DocPolicy.ts'
import { boardPolicy } from './boardPolicy.ts'
import { controlPolicy } from './controlPolicy.ts'
import { ledgerPolicy } from './ledgerPolicy.ts'
import { planPolicy } from './planPolicy.ts'

/** One policy per workshop doc; app.ts hands these to the registry. */
export const DOC_POLICIES: DocPolicies = {
  control: controlPolicy,
  board: boardPolicy,
  plan: planPolicy,
  ledger: ledgerPolicy,
}
