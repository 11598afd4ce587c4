import type { Editor } from '@tiptap/react'
import { useEditorState } from '@tiptap/react'
import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

interface ToolButtonProps {
  label: string
  text: string
  active?: boolean
  disabled?: boolean
  onClick: () => void
}

/**
 * The button's name: its label, with the glyph shown when the label does not already say it
 * ("Heading (H2)"), so someone who speaks to their computer can say what they see (WCAG 2.5.3).
 * Glyphs with no letter or digit ("•") are not something one says.
 */
export function toolName(label: string, text: string): string {
  const spoken = text.replace(/[^\p{L}\p{N}]/gu, '')
  if (spoken === '' || label.toLocaleLowerCase().includes(spoken.toLocaleLowerCase())) return label
  return `${label} (${text})`
}

function ToolButton({ label, text, active, disabled, onClick }: ToolButtonProps) {
  const name = toolName(label, text)
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={name}
      title={name}
      aria-pressed={active === undefined ? undefined : active}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{text}</span>
    </button>
  )
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? 'https://'))
  const apply = (event: FormEvent) => {
    event.preventDefault()
    const url = href.trim()
    const chain = editor.chain().focus().extendMarkRange('link')
    if (url === '' || url === 'https://') chain.unsetLink().run()
    else chain.setLink({ href: url }).run()
    onDone()
  }
  return (
    <form className="toolbar__link" onSubmit={apply}>
      <label htmlFor={id}>{t('plan.toolbar.linkAddress')}</label>
      <input id={id} type="url" value={href} onChange={(e) => setHref(e.target.value)} />
      <button type="submit" className="button button--small">
        {t('plan.toolbar.applyLink')}
      </button>
      <button type="button" className="button button--small button--quiet" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </form>
  )
}

/** Formatting for the plan text; every button has a name and says whether it is on. */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const [linking, setLinking] = useState(false)
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullet: e.isActive('bulletList'),
      ordered: e.isActive('orderedList'),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      inTable: e.isActive('table'),
    }),
  })
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run()

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label={t('plan.toolbar.label')}>
        <ToolButton
          label={t('plan.toolbar.h2')}
          text="H2"
          active={state.h2}
          onClick={() => run((c) => c.toggleHeading({ level: 2 }))}
        />
        <ToolButton
          label={t('plan.toolbar.h3')}
          text="H3"
          active={state.h3}
          onClick={() => run((c) => c.toggleHeading({ level: 3 }))}
        />
        <ToolButton
          label={t('plan.toolbar.bulletList')}
          text="•"
          active={state.bullet}
          onClick={() => run((c) => c.toggleBulletList())}
        />
        <ToolButton
          label={t('plan.toolbar.orderedList')}
          text="1."
          active={state.ordered}
          onClick={() => run((c) => c.toggleOrderedList())}
        />
        <ToolButton
          label={t('plan.toolbar.bold')}
          text="B"
          active={state.bold}
          onClick={() => run((c) => c.toggleBold())}
        />
        <ToolButton
          label={t('plan.toolbar.italic')}
          text="I"
          active={state.italic}
          onClick={() => run((c) => c.toggleItalic())}
        />
        <ToolButton
          label={t('plan.toolbar.link')}
          text={t('plan.toolbar.linkShort')}
          active={state.link}
          onClick={() => setLinking((on) => !on)}
        />
        <ToolButton
          label={t('plan.toolbar.insertTable')}
          text={t('plan.toolbar.tableShort')}
          onClick={() => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}
        />
        <ToolButton
          label={t('plan.toolbar.addRow')}
          text={t('plan.toolbar.rowShort')}
          disabled={!state.inTable}
          onClick={() => run((c) => c.addRowAfter())}
        />
        <ToolButton
          label={t('plan.toolbar.addColumn')}
          text={t('plan.toolbar.columnShort')}
          disabled={!state.inTable}
          onClick={() => run((c) => c.addColumnAfter())}
        />
      </div>
      {linking ? <LinkForm editor={editor} onDone={() => setLinking(false)} /> : null}
    </div>
  )
}
