import { Node } from '@tiptap/pm/model'
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { getPlanFragment, isPlanSeeded, markPlanSeeded } from '../docs/plan.ts'
import type { Language } from '../i18n/languages.ts'
import type { ProseMirrorJSON } from '../protocol/planApi.ts'
import { planSchema } from './extensions.ts'
import { planSkeleton } from './planSections.ts'

/**
 * The plan text as ProseMirror JSON, in and out of the `plan` doc's fragment, for code without an
 * editor: the server's seeding, version restore and import, the exports, and tests.
 */

/** The plan text as `editor.getJSON()` would give it (default attributes filled in). */
export function readPlanDocument(planDoc: Y.Doc): ProseMirrorJSON {
  const fragment = getPlanFragment(planDoc)
  // an empty fragment is a valid Y doc but not a valid plan: read it as one empty paragraph
  if (fragment.length === 0) return planSchema.topNodeType.createAndFill()!.toJSON()
  return yXmlFragmentToProseMirrorRootNode(fragment, planSchema).toJSON()
}

/**
 * Makes the plan text `json`, in one transaction. Throws (and changes nothing) when `json` does
 * not fit the plan schema. Unchanged paragraphs are kept as they are (y-tiptap diffs the
 * fragment against the new document), so the carets of connected editors stay where they were.
 */
export function replacePlanDocument(planDoc: Y.Doc, json: ProseMirrorJSON): void {
  const node = Node.fromJSON(planSchema, json)
  node.check()
  planDoc.transact(() => {
    prosemirrorToYXmlFragment(node, getPlanFragment(planDoc))
  })
}

/**
 * Writes the section skeleton of a new plan, once: returns false and changes nothing when the
 * plan was seeded before. A plan that already has text (an import) is only marked as seeded.
 * Call it inside the server's write of the `plan` doc, so that the check and the write are one.
 */
export function seedPlanDocument(planDoc: Y.Doc, language: Language, now = new Date()): boolean {
  if (isPlanSeeded(planDoc)) return false
  planDoc.transact(() => {
    if (getPlanFragment(planDoc).length === 0) replacePlanDocument(planDoc, planSkeleton(language))
    markPlanSeeded(planDoc, now)
  })
  return true
}
