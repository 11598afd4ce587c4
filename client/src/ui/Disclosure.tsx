import { type ReactNode, useState } from 'react'

interface DisclosureProps {
  summary: string
  /**
   * Opens the section whenever it changes to a number: the form passes its submit count while
   * a field inside has an error, so the field is visible (and focusable) in the same render.
   */
  openSignal?: number | null
  children: ReactNode
}

/** A collapsible form section: keeps a long form short on a phone. */
export function Disclosure({ summary, openSignal = null, children }: DisclosureProps) {
  const [open, setOpen] = useState(openSignal !== null)
  const [seenSignal, setSeenSignal] = useState(openSignal)
  // Adjusting state while rendering (not in an effect): the section is open before commit.
  if (openSignal !== seenSignal) {
    setSeenSignal(openSignal)
    if (openSignal !== null) setOpen(true)
  }
  return (
    <details
      className="disclosure"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  )
}
