import { type ReactNode, useEffect, useId, useRef } from 'react'

interface DialogProps {
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A modal sheet: full screen on a phone, centred on a laptop. A native `<dialog>` opened with
 * `showModal()`, so the browser makes the rest of the page inert (no Tab, no screen reader
 * wandering behind it) and Escape asks to close it. Focus moves to its first control on open and
 * returns to whatever opened it.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const titleId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  onCloseRef.current = onClose

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const first = dialog.querySelector<HTMLElement>('input, select, textarea, button')
    ;(first ?? dialog).focus()
    document.body.classList.add('has-dialog')
    return () => {
      document.body.classList.remove('has-dialog')
      if (dialog.open) dialog.close()
      opener?.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      // Escape: the owner decides (it may be mid-save); the dialog stays until it unmounts.
      onCancel={(event) => {
        event.preventDefault()
        onCloseRef.current()
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  )
}
