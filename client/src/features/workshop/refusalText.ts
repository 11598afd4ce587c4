import { parseRefusal } from '@pactboard/shared'
import type { TFunction } from '../../i18n/texts.ts'

/**
 * The server's refusal (`read-only: …`, `refused: …`) in the person's words: the usual reasons,
 * read back by shared's `parseRefusal`, are translated; any other is shown as the server said it.
 */
export function refusalText(t: TFunction, reason: string): string {
  const refusal = parseRefusal(reason)
  switch (refusal.code) {
    case 'phaseClosed':
      return t('recovery.reasons.phaseClosed', { phase: refusal.phase })
    case 'boardLocked':
      return t('recovery.reasons.boardLocked')
    case 'notOwnMeasure':
      return t('recovery.reasons.ownMeasures')
    case 'actionClosed':
      if (refusal.action === 'vote' || refusal.action === 'commit') break
      return t(`recovery.reasons.closed.${refusal.action}`, { phase: refusal.phase })
  }
  return reason.replace(/^(read-only|refused): /, '')
}
