import {
  AGENDA_TEMPLATES,
  type CreateWorkshopRequest,
  type CreateWorkshopResponse,
  createWorkshopRequestSchema,
  defaultPhaseTitle,
  isLanguage,
  LANGUAGES,
  type Language,
  WORKSHOP_TEMPLATES,
  type WorkshopTemplate,
} from '@pactboard/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import { createWorkshop } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import type { Session } from '../../app/sessionStore.ts'
import { useLanguageName } from '../../i18n/languageName.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'

type Errors = Partial<Record<'title' | 'city' | 'facilitatorName' | 'dots', string>>

const DEFAULT_DOTS = '5'

/** The template's agenda as the room will see it, in the workshop's language. */
function agendaOf(template: WorkshopTemplate, language: Language): string {
  return AGENDA_TEMPLATES[template].map(({ kind }) => defaultPhaseTitle(kind, language)).join(' → ')
}

interface CreateWorkshopFormProps {
  onCreated: (session: Session) => void
  /** Who creates it: anonymously (the default) or a signed-in staff member's workspace. */
  create?: (body: CreateWorkshopRequest) => Promise<CreateWorkshopResponse>
}

export function CreateWorkshopForm({
  onCreated,
  create = createWorkshop,
}: CreateWorkshopFormProps) {
  const { t } = useTranslation()
  const uiLanguage = useCurrentLanguage()
  const nameOf = useLanguageName()
  const [title, setTitle] = useState('')
  const [city, setCity] = useState('')
  const [language, setLanguage] = useState<Language>(uiLanguage)
  const [secondLanguage, setSecondLanguage] = useState<Language | null>(null)
  const [facilitatorName, setFacilitatorName] = useState('')
  const [template, setTemplate] = useState<WorkshopTemplate>('citizen_workshop')
  const [dots, setDots] = useState(DEFAULT_DOTS)
  const [approveFirst, setApproveFirst] = useState(false)
  const approveId = useId()
  const [errors, setErrors] = useState<Errors>({})
  const { busy, error: formError, run } = useApiCall()
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const request = {
      title,
      city,
      language,
      template,
      settings: {
        voteBudgetPerParticipant: Number(dots),
        moderation: approveFirst,
        secondLanguage: secondLanguage === language ? null : secondLanguage,
      },
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
        if (field === 'settings' && issue.path[1] === 'voteBudgetPerParticipant') {
          found.dots = 'home.errors.dots'
        }
      }
      setErrors(found)
      focusFirstInvalid()
      return
    }
    setErrors({})
    await run(async () => {
      const response = await create({
        title: parsed.data.title,
        city: parsed.data.city,
        language: parsed.data.language,
        template: parsed.data.template,
        settings: request.settings,
        ...(facilitatorName.trim() ? { facilitatorName: parsed.data.facilitatorName } : {}),
      })
      onCreated({
        token: response.facilitatorToken,
        participant: response.participant,
        workshop: response.workshop,
        joinCode: response.joinCode,
      })
    })
  }

  const err = (key: keyof Errors) => (errors[key] ? t(errors[key]) : undefined)
  const languageOptions = LANGUAGES.map((lang) => ({ value: lang, label: nameOf(lang) }))
  const secondLanguageOptions = [
    { value: '', label: t('home.noSecondLanguage') },
    ...languageOptions.filter((option) => option.value !== language),
  ]
  const templateOptions = WORKSHOP_TEMPLATES.map((value) => ({
    value,
    label: t(`enums.workshopTemplate.${value}`),
  }))

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
      <SelectField
        label={t('home.secondLanguage')}
        hint={t('home.secondLanguageHint')}
        options={secondLanguageOptions}
        value={secondLanguage === language ? '' : (secondLanguage ?? '')}
        onChange={(e) => setSecondLanguage(isLanguage(e.target.value) ? e.target.value : null)}
      />
      <SelectField
        label={t('home.template')}
        hint={t('home.templateAgenda', { phases: agendaOf(template, language) })}
        options={templateOptions}
        value={template}
        onChange={(e) => setTemplate(e.target.value as WorkshopTemplate)}
      />
      <fieldset className="form__group">
        <legend>{t('home.settingsLegend')}</legend>
        <TextField
          label={t('home.dotsPerPerson')}
          hint={t('home.dotsHint')}
          error={err('dots')}
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={dots}
          onChange={(e) => setDots(e.target.value)}
        />
        <label className="checkbox" htmlFor={approveId}>
          <input
            id={approveId}
            type="checkbox"
            checked={approveFirst}
            aria-describedby={`${approveId}-hint`}
            onChange={(e) => setApproveFirst(e.target.checked)}
          />
          <span>{t('home.approveFirst')}</span>
        </label>
        <p id={`${approveId}-hint`} className="field__hint">
          {t('home.approveFirstHint')}
        </p>
      </fieldset>
      <TextField
        label={t('home.yourName')}
        hint={t('home.yourNameHint')}
        error={err('facilitatorName')}
        value={facilitatorName}
        onChange={(e) => setFacilitatorName(e.target.value)}
        autoComplete="name"
      />
      <CallError error={formError} />
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  )
}
