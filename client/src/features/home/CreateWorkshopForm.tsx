import { createWorkshopRequestSchema, LANGUAGES, type Language } from '@pactboard/shared'
import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, createWorkshop, NETWORK_ERROR } from '../../api/http.ts'
import type { Session } from '../../app/sessionStore.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'

type Errors = Partial<Record<'title' | 'city' | 'facilitatorName', string>>

interface CreateWorkshopFormProps {
  onCreated: (session: Session) => void
}

export function CreateWorkshopForm({ onCreated }: CreateWorkshopFormProps) {
  const { t } = useTranslation()
  const uiLanguage = useCurrentLanguage()
  const [title, setTitle] = useState('')
  const [city, setCity] = useState('')
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [facilitatorName, setFacilitatorName] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    setFormError(null)
    const request = {
      title,
      city,
      language,
      ...(facilitatorName.trim() ? { facilitatorName } : {}),
    }
    const parsed = createWorkshopRequestSchema.safeParse(request)
    if (!parsed.success) {
      const found: Errors = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0]
        if (field === 'title' || field === 'city' || field === 'facilitatorName') {
          found[field] ??= `home.errors.${field}`
        }
      }
      setErrors(found)
      focusFirstInvalid()
      return
    }
    setErrors({})
    setBusy(true)
    try {
      const response = await createWorkshop({
        title: parsed.data.title,
        city: parsed.data.city,
        language: parsed.data.language,
        ...(facilitatorName.trim() ? { facilitatorName: parsed.data.facilitatorName } : {}),
      })
      onCreated({
        token: response.facilitatorToken,
        participant: response.participant,
        workshop: response.workshop,
        joinCode: response.joinCode,
      })
    } catch (error) {
      setBusy(false)
      setFormError(
        error instanceof ApiError && error.code === NETWORK_ERROR
          ? t('errors.network')
          : t('errors.unexpected', { message: (error as Error).message }),
      )
    }
  }

  const err = (key: keyof Errors) => (errors[key] ? t(errors[key]) : undefined)
  const languageOptions = LANGUAGES.map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      <TextField
        label={t('home.workshopTitle')}
        hint={t('home.workshopTitleHint')}
        error={err('title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
      />
      <TextField
        label={t('home.city')}
        error={err('city')}
        value={city}
        onChange={(e) => setCity(e.target.value)}
        autoComplete="address-level2"
        required
      />
      <SelectField
        label={t('home.language')}
        options={languageOptions}
        value={language}
        onChange={(e) => setLanguage(e.target.value as Language)}
      />
      <TextField
        label={t('home.yourName')}
        hint={t('home.yourNameHint')}
        error={err('facilitatorName')}
        value={facilitatorName}
        onChange={(e) => setFacilitatorName(e.target.value)}
        autoComplete="name"
      />
      {formError ? (
        <p role="alert" className="form__error">
          {formError}
        </p>
      ) : null}
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  )
}
