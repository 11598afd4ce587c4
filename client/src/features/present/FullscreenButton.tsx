import { type RefObject, useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

/**
 * Puts the presentation alone on the projector, without the browser's and the app's chrome.
 * A toggle: pressed while full screen (Esc leaves too). Absent where the browser cannot do it
 * (iPhone Safari), rather than a button that does nothing.
 */
export function FullscreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const { t } = useTranslation()
  const [active, setActive] = useState(false)

  useEffect(() => {
    const update = () => setActive(document.fullscreenElement != null)
    update()
    document.addEventListener('fullscreenchange', update)
    return () => document.removeEventListener('fullscreenchange', update)
  }, [])

  if (!document.fullscreenEnabled) return null
  const toggle = () => {
    // Refused (no user gesture, a policy): the view works as well in the window.
    const request = active ? document.exitFullscreen() : target.current?.requestFullscreen()
    request?.catch(() => {})
  }
  return (
    <button
      type="button"
      className="button button--small present__fullscreen"
      aria-pressed={active}
      onClick={toggle}
    >
      {t('present.fullScreen')}
    </button>
  )
}
