import { type Language, workshopLanguages } from '@pactboard/shared'
import { browserLanguages } from '../i18n/pickAmong.ts'
import { pickLanguage } from '../i18n/pickLanguage.ts'
import { useSessionStore } from './sessionStore.ts'
import { useUiStore } from './uiStore.ts'

/**
 * The language of the first paint, chosen as the layout will choose it: a reload inside a
 * workshop starts in one of the workshop's languages rather than flashing the browser's.
 */
export function initialLanguage(pathname: string): Language {
  const workshopId = /^\/w\/([^/]+)/.exec(pathname)?.[1]
  const session = workshopId
    ? useSessionStore.getState().sessions[decodeURIComponent(workshopId)]
    : undefined
  return pickLanguage({
    chosen: useUiStore.getState().chosenLanguage,
    preferred: browserLanguages(),
    offered: session ? workshopLanguages(session.workshop) : null,
  })
}
