import type { ProseMirrorJSON } from '@pactboard/shared'
import { planExtensions } from '@pactboard/shared/editor'
import { EditorContent, useEditor } from '@tiptap/react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/** A saved version's text, read-only: the plan schema without collaboration. */
export function VersionPreview({ document, name }: { document: ProseMirrorJSON; name: string }) {
  const { t } = useTranslation()
  const editor = useEditor(
    {
      extensions: planExtensions,
      content: document,
      // Tiptap would inject its base styles as a <style> element, which the CSP refuses; they
      // are in plan.css instead.
      injectCSS: false,
      editable: false,
      editorProps: {
        attributes: {
          'aria-label': t('plan.versions.previewOf', { name }),
          'aria-readonly': 'true',
          role: 'document',
          class: 'plan-editor__content plan-editor__content--preview',
        },
      },
    },
    [document],
  )
  return <EditorContent editor={editor} />
}
