import { getPlanFragment, type Participant } from '@pactboard/shared'
import { planExtensions } from '@pactboard/shared/editor'
import { Collaboration } from '@tiptap/extension-collaboration'
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { caretColorOf } from './caretColor.ts'
import { EditorToolbar } from './EditorToolbar.tsx'

interface PlanEditorProps {
  plan: Y.Doc
  /** The plan doc's provider: its awareness carries the carets (presence is on the board). */
  provider: WebsocketProvider | null
  me: Participant
  canWrite: boolean
}

/**
 * The plan text, edited together: Tiptap bound to the plan doc's `document` fragment, with
 * everyone's caret and name. The server seeds the section headings; the client never does.
 */
export function PlanEditor({ plan, provider, me, canWrite }: PlanEditorProps) {
  const { t } = useTranslation()
  const label = t('plan.document')
  const editor = useEditor(
    {
      extensions: [
        ...planExtensions,
        Collaboration.configure({ fragment: getPlanFragment(plan) }),
        ...(provider
          ? [
              CollaborationCaret.configure({
                provider,
                user: { name: me.displayName, color: caretColorOf(me.id) },
              }),
            ]
          : []),
      ],
      // Tiptap would inject its base styles as a <style> element, which the CSP refuses; they
      // are in plan.css instead.
      injectCSS: false,
      editable: canWrite,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': label,
          'aria-readonly': String(!canWrite),
          class: 'plan-editor__content',
        },
      },
    },
    [plan, provider, me.id, me.displayName],
  )

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== canWrite)
      editor.setEditable(canWrite)
  }, [editor, canWrite])

  return (
    <section className="plan-editor" aria-label={label}>
      {canWrite && editor ? <EditorToolbar editor={editor} /> : null}
      <EditorContent editor={editor} />
    </section>
  )
}
