import { isLanguage, LANGUAGES, languagePack } from '@pactboard/shared'
import { useId } from 'react'
import { useUiStore } from '../app/uiStore.ts'
import { useCurrentLanguage } from '../i18n/useLanguage.ts'
import { useTranslation } from '../i18n/useTranslation.tsx'

/** The person's language, among those the screen offers; nothing to switch when it offers one. */
export function LanguageSwitcher() {
  const { t } = useTranslation()
  const id = useId()
  const language = useCurrentLanguage()
  const offered = useUiStore((s) => s.offeredLanguages) ?? LANGUAGES
  const chooseLanguage = useUiStore((s) => s.chooseLanguage)
  if (offered.length < 2) return null
  return (
    <div className="language-switcher">
      <label htmlFor={id} className="visually-hidden">
        {t('common.language')}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) chooseLanguage(event.target.value)
        }}
      >
        {offered.map((lang) => (
          // Each language is named in itself, so people can find theirs whatever is shown.
          <option key={lang} value={lang} lang={lang}>
            {languagePack(lang).name}
          </option>
        ))}
      </select>
    </div>
  )
}
