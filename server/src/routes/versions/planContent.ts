import {
  getPlanFigures,
  getPortfolio,
  type PlanFigures,
  type ProseMirrorJSON,
  setPlanFigures,
  setPortfolio,
} from '@pactboard/shared'
import { readPlanDocument, replacePlanDocument } from '@pactboard/shared/editor'
import * as Y from 'yjs'

/** What a named version of the plan holds, and how it goes back into the live `plan` doc. */
export interface PlanContent {
  document: ProseMirrorJSON
  figures: PlanFigures | null
  portfolio: string[]
}

export function readPlanContent(planDoc: Y.Doc): PlanContent {
  return {
    document: readPlanDocument(planDoc),
    figures: getPlanFigures(planDoc),
    portfolio: getPortfolio(planDoc),
  }
}

/** The content of a saved snapshot, read in a throwaway doc so the live one is not touched. */
export function planContentOfSnapshot(snapshot: Uint8Array): PlanContent {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, snapshot)
    return readPlanContent(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * Makes the live plan hold `content`, in one transaction. The document is checked against the
 * schema before anything is written. Figures the version did not have are left as they are now
 * (the backup saved before a restore keeps them either way), so a restore never blanks numbers.
 */
export function writePlanContent(planDoc: Y.Doc, content: PlanContent): void {
  planDoc.transact(() => {
    replacePlanDocument(planDoc, content.document)
    if (content.figures) setPlanFigures(planDoc, content.figures)
    setPortfolio(planDoc, content.portfolio)
  })
}
