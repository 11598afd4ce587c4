/** A steady caret colour per person, dark enough for white caret labels (WCAG 4.5:1). */
const CARET_COLORS = ['#0f5c4c', '#1d4ed8', '#7c3aed', '#b3261e', '#a16207', '#be185d', '#0e7490']

export function caretColorOf(participantId: string): string {
  let hash = 0
  for (const char of participantId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return CARET_COLORS[hash % CARET_COLORS.length] ?? '#0f5c4c'
}
