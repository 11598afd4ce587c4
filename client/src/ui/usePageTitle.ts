import { useEffect } from 'react'
import { useTranslation } from '../i18n/useTranslation.tsx'

/**
 * The browser tab's title for this screen, "What – Pactboard": the first thing a screen reader
 * says on a new page, and how someone finds the tab among twenty.
 */
export function usePageTitle(...parts: (string | null | undefined)[]): void {
  const { t } = useTranslation()
  const title = [...parts.filter(Boolean), t('common.appName')].join(' – ')
  useEffect(() => {
    document.title = title
  }, [title])
}
