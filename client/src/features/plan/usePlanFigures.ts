import { getPlanFigures, observePlanFigures, type PlanFigures } from '@pactboard/shared'
import type * as Y from 'yjs'
import { useY } from '../../sync/useY.ts'

export function usePlanFigures(plan: Y.Doc): PlanFigures | null {
  return useY(plan, getPlanFigures, observePlanFigures)
}
