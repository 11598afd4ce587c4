import { useMemo } from 'react'
import type { WorkshopDocs } from '../../sync/useWorkshopDocs.ts'
import { useWorkshopShortcuts } from './useWorkshopShortcuts.ts'

/** The keyboard shortcuts, once the docs are open; a refused reveal says why. */
export function WorkshopShortcuts({
  docs,
  ...options
}: Omit<Parameters<typeof useWorkshopShortcuts>[0], 'docs'> & { docs: WorkshopDocs }) {
  const boardDocs = useMemo(
    () => ({ board: docs.board.doc, ledger: docs.ledger.doc, control: docs.control.doc }),
    [docs],
  )
  const { error } = useWorkshopShortcuts({ ...options, docs: boardDocs })
  return error ? (
    <p role="alert" className="notice notice--error workshop-body__alert">
      {error}
    </p>
  ) : null
}
