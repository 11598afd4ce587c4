import { isLanguage, type Language } from '@pactboard/shared'
import { useEffect } from 'react'
import { useUiStore } from '../app/uiStore.ts'
import { browserLanguages } from './pickAmong.ts'
import { pickLanguage } from './pickLanguage.ts'
import { useTranslation } from './useTranslation.tsx'

/**
 * The language the screen should speak now (pickLanguage): the person's choice or their
 * browser's, among what the screen offers.
 */
export function useWantedLanguage(): Language {
  const chosen = useUiStore((s) => s.chosenLanguage)
  const offered = useUiStore((s) => s.offeredLanguages)
  return pickLanguage({ chosen, preferred: browserLanguages(), offered })
}

/**
 * Switches the screen to the wanted language; rendered once, by the layout. i18next changes
 * language once the texts are in, and `<html lang>` follows it (i18n.ts), never the wish alone.
 */
export function useApplyLanguage(): void {
  const wanted = useWantedLanguage()
  const { i18n } = useTranslation()
  useEffect(() => {
    // Always said, even when it is the language shown: a switch still loading is then dropped.
    void i18n.changeLanguage(wanted)
  }, [i18n, wanted])
}

/**
 * A screen that belongs to a workshop offers its languages (its own first) while it is shown:
 * the switcher lists them and the screen speaks one of them.
 */
export function useOfferLanguages(languages: readonly Language[] | null): void {
  const offerLanguages = useUiStore((s) => s.offerLanguages)
  const key = languages?.join(',') ?? ''
  useEffect(() => {
    if (!key) return
    const languages = key.split(',') as Language[]
    offerLanguages(languages)
    // Only its own offer is withdrawn: the next screen's may already be in (Preact can run a
    // new screen's effects before the old screen's cleanups).
    return () => {
      if (useUiStore.getState().offeredLanguages === languages) offerLanguages(null)
    }
  }, [key, offerLanguages])
}

/** The language the screen speaks now. */
export function useCurrentLanguage(): Language {
  const { i18n } = useTranslation()
  return isLanguage(i18n.language) ? i18n.language : 'en'
}
