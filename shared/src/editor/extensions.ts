import { type Extensions, getSchema } from '@tiptap/core'
import { TableKit } from '@tiptap/extension-table'
import { StarterKit } from '@tiptap/starter-kit'

/**
 * The Tiptap extensions of the plan document, without React views, so that the client's editor,
 * the server (seeding, version restore, import) and the exports all use one schema.
 *
 * The client adds Collaboration and CollaborationCaret on top of these; Collaboration brings its
 * own undo (per user, over Yjs), so StarterKit's history is off: two undo stacks would fight.
 */
export const planExtensions: Extensions = [
  StarterKit.configure({
    undoRedo: false,
    // a planner clicks a link to edit it; following it is one more click in the bubble menu
    link: { openOnClick: false, autolink: true },
  }),
  TableKit,
]

/** The ProseMirror schema of the plan document (the `document` fragment of the `plan` doc). */
export const planSchema = getSchema(planExtensions)
