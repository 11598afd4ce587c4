import { LANGUAGES } from '@pactboard/shared'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useUiStore } from '../app/uiStore.ts'
import { isLanguage } from '../i18n/i18n.ts'
import { useCurrentLanguage } from '../i18n/useLanguage.ts'

export function LanguageSwitcher() {
  const { t } = useTranslation()
  const id = useId()
  const language = useCurrentLanguage()
  const chooseLanguage = useUiStore((s) => s.chooseLanguage)
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
        {LANGUAGES.map((lang) => (
          // Each language is named in itself, so people can find theirs whatever is shown.
          <option key={lang} value={lang} lang={lang}>
            {t(`languages.${lang}`, { lng: lang })}
          </option>
        ))}
      </select>
    </div>
  )
}
