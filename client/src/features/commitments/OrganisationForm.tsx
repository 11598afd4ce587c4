import { ACTOR_KINDS, type Actor, type ActorKind, actorInputSchema } from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import type { ApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { errorsFromIssues, type FieldErrors } from '../../ui/fieldErrors.ts'

/** An organisation's details as the directory keeps them ([P25]); every column of the
 * signatories table is one of them. */
export type OrganisationDetails = Pick<
  Actor,
  'name' | 'kind' | 'orgNumber' | 'sector' | 'legalForm' | 'responsiblePerson' | 'position'
>

export const NO_DETAILS: OrganisationDetails = {
  name: '',
  kind: 'company',
  orgNumber: '',
  sector: '',
  legalForm: '',
  responsiblePerson: '',
  position: '',
}

const TEXT_FIELDS = ['orgNumber', 'sector', 'legalForm', 'responsiblePerson', 'position'] as const

interface OrganisationFormProps {
  initial: OrganisationDetails
  /** The button's label; its busy label while `call` runs. */
  submitLabel: string
  busyLabel: string
  call: ApiCall
  /** Sends the details; resolves once the server has them. */
  onSubmit: (details: OrganisationDetails) => Promise<unknown>
  /** Whether the name and kind may change (a representative keeps what the facilitator set). */
  identityEditable?: boolean
}

/** The fields of one organisation, checked as the server checks them before anything is sent. */
export function OrganisationForm({
  initial,
  submitLabel,
  busyLabel,
  call,
  onSubmit,
  identityEditable = true,
}: OrganisationFormProps) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<OrganisationDetails>(initial)
  const [errors, setErrors] = useState<FieldErrors>({})
  const set = (key: keyof OrganisationDetails) => (event: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: event.target.value }))
  const errorOf = (key: string) => {
    const message = errors[key]
    return message ? t(message.key, message.values) : undefined
  }

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const parsed = actorInputSchema.safeParse(draft)
    if (!parsed.success) {
      setErrors(errorsFromIssues(parsed.error.issues))
      return
    }
    setErrors({})
    await call.run(() => onSubmit(draft))
  }

  return (
    <form className="form organisation-form" noValidate onSubmit={handleSubmit}>
      {identityEditable ? (
        <>
          <TextField
            label={t('organisations.name')}
            value={draft.name}
            error={errorOf('name')}
            onChange={set('name')}
            autoComplete="organization"
          />
          <SelectField
            label={t('organisations.kind')}
            value={draft.kind}
            onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as ActorKind }))}
            options={ACTOR_KINDS.map((kind) => ({
              value: kind,
              label: t(`enums.actorKind.${kind}`),
            }))}
          />
        </>
      ) : null}
      {TEXT_FIELDS.map((key) => (
        <TextField
          key={key}
          label={t(`organisations.${key}`)}
          hint={key === 'orgNumber' ? t('organisations.orgNumberHint') : undefined}
          value={draft[key]}
          error={errorOf(key)}
          onChange={set(key)}
        />
      ))}
      <CallError error={call.error} onRetry={call.retry} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={call.busy}>
          {call.busy ? busyLabel : submitLabel}
        </button>
      </div>
    </form>
  )
}
