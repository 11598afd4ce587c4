import { type Language, languagePack } from '@pactboard/shared'
import { useEffect } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

const loadPublicationTexts = (language: Language) =>
  languagePack(language).laterScreens.publication()

/**
 * The publishing panel's and the public page's texts, fetched when one of them first shows (few
 * people open either; every phone would otherwise download them). True once they are in.
 */
export function usePublicationTexts(): boolean {
  const { i18n } = useTranslation()
  useEffect(() => {
    // a failed fetch leaves the screen waiting; the next language switch asks again
    i18n.addTexts('publication', loadPublicationTexts).catch(() => {})
  }, [i18n])
  return i18n.hasTexts('publication')
}
