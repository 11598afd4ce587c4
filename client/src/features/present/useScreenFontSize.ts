import { useEffect, useState } from 'react'

const MIN_PX = 12
const MAX_PX = 26

/**
 * Chart text sized to the screen: about a fortieth of its height on a projector (20 px at
 * 1366×768, 26 at 1920×1080), and no larger than its width allows, so a phone's chart keeps
 * room for the plot instead of a legend of six rows.
 */
function fontSizeFor(width: number, height: number): number {
  return Math.round(Math.min(MAX_PX, Math.max(MIN_PX, Math.min(height / 38, width / 60))))
}

export function useScreenFontSize(): number {
  const [size, setSize] = useState(() => fontSizeFor(window.innerWidth, window.innerHeight))
  useEffect(() => {
    // Full screen resizes the window too, so this follows the projector in and out of it.
    const update = () => setSize(fontSizeFor(window.innerWidth, window.innerHeight))
    window.addEventListener('resize', update)
    return () => window.removeEventListener('resize', update)
  }, [])
  return size
}
