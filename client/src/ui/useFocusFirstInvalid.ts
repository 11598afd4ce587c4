import { type RefObject, useEffect, useState } from 'react'

/**
 * After a failed submit, takes the keyboard (and the screen reader) to the first invalid
 * control, once React has rendered the errors. Call the returned function on each failure.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [attempt, form])
  return () => setAttempt((n) => n + 1)
}
