import { ACTOR_KINDS, type ActorKind, normalizeJoinCode } from '@pactboard/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError, joinWorkshop } from '../../api/http.ts'
import type { Session } from '../../app/sessionStore.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { PrivacyNotice } from '../privacy/PrivacyNotice.tsx'
import { inviteRoleOf } from './inviteRole.ts'
import { type JoinDraft, type JoinErrors, validateJoin } from './validateJoin.ts'

interface JoinFormProps {
  initialCode?: string
  /** An invite link's token: it names the workshop and the role, so the code is not asked. */
  invite?: string
  /** The code as typed, for the join screen to learn the workshop's languages. */
  onCodeChange?: (code: string) => void
  onJoined: (session: Session) => void
}

/**
 * Code + display name is all it takes; an organisation is optional and makes one a company.
 * With an invite, the name is all it takes (and the organisation, for a company invite).
 */
export function JoinForm({ initialCode = '', invite, onCodeChange, onJoined }: JoinFormProps) {
  const { t } = useTranslation()
  const orgId = useId()
  const invitedRole = invite ? inviteRoleOf(invite) : null
  const [draft, setDraft] = useState<JoinDraft>({
    code: initialCode,
    displayName: '',
    representsOrganisation: invitedRole === 'company',
    organisationName: '',
    organisationKind: 'company',
  })
  const [errors, setErrors] = useState<JoinErrors>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)
  const update = (patch: Partial<JoinDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateJoin(draft, invite !== undefined)
    setErrors(found)
    setFormError(null)
    const code = normalizeJoinCode(draft.code)
    if (Object.keys(found).length > 0 || (invite === undefined && code === null)) {
      focusFirstInvalid()
      return
    }
    setBusy(true)
    try {
      const actor = draft.representsOrganisation
        ? { actor: { name: draft.organisationName.trim(), kind: draft.organisationKind } }
        : {}
      const response = await joinWorkshop(
        invite !== undefined
          ? { invite, displayName: draft.displayName.trim(), ...actor }
          : {
              code: code ?? '',
              displayName: draft.displayName.trim(),
              role: draft.representsOrganisation ? 'company' : 'participant',
              ...actor,
            },
      )
      onJoined({
        token: response.token,
        participant: response.participant,
        workshop: response.workshop,
        joinCode: response.joinCode,
      })
    } catch (error) {
      setBusy(false)
      if (error instanceof ApiError && error.code === 'JOIN_CODE_UNKNOWN') {
        setErrors({ code: 'join.errors.codeUnknown' })
        focusFirstInvalid()
      } else if (error instanceof ApiError && error.code === 'INVITE_REVOKED') {
        setFormError(t('join.inviteRevoked'))
      } else if (error instanceof ApiError && error.code === 'JOIN_LOCKED') {
        setFormError(t('join.joinLocked'))
      } else if (error instanceof ApiError && error.code === 'UNAUTHORIZED' && invite) {
        setFormError(t('join.inviteInvalid'))
      } else {
        setFormError(apiErrorMessage(t, error))
      }
    }
  }

  const kindOptions = ACTOR_KINDS.map((kind) => ({
    value: kind,
    label: t(`enums.actorKind.${kind}`),
  }))
  const err = (key: keyof JoinErrors) => (errors[key] ? t(errors[key]) : undefined)

  return (
    <form ref={formRef} className="form join-form" onSubmit={handleSubmit} noValidate>
      {invite !== undefined ? (
        <p className="notice">
          {invitedRole
            ? t('join.invitedAs', { role: t(`enums.role.${invitedRole}`) })
            : t('join.invited')}
        </p>
      ) : null}
      {invite === undefined ? (
        <TextField
          label={t('join.code')}
          hint={t('join.codeHint')}
          error={err('code')}
          value={draft.code}
          onChange={(e) => {
            update({ code: e.target.value })
            onCodeChange?.(e.target.value)
          }}
          autoCapitalize="characters"
          autoComplete="off"
          autoCorrect="off"
          spellCheck={false}
          inputMode="text"
          className="input--code"
          required
        />
      ) : null}
      <TextField
        label={t('join.displayName')}
        hint={t('join.displayNameHint')}
        error={err('displayName')}
        value={draft.displayName}
        onChange={(e) => update({ displayName: e.target.value })}
        autoComplete="nickname"
        maxLength={60}
        required
      />
      <label className="checkbox toggle" hidden={invite !== undefined && invitedRole !== 'company'}>
        <input
          type="checkbox"
          checked={draft.representsOrganisation}
          aria-controls={orgId}
          onChange={(e) => update({ representsOrganisation: e.target.checked })}
        />
        <span>{t('join.representsOrganisation')}</span>
      </label>
      <div id={orgId} hidden={!draft.representsOrganisation} className="join-form__org">
        {draft.representsOrganisation ? (
          <>
            <TextField
              label={t('join.organisationName')}
              error={err('organisationName')}
              value={draft.organisationName}
              onChange={(e) => update({ organisationName: e.target.value })}
              autoComplete="organization"
            />
            <SelectField
              label={t('join.organisationKind')}
              options={kindOptions}
              value={draft.organisationKind}
              onChange={(e) => update({ organisationKind: e.target.value as ActorKind })}
            />
          </>
        ) : null}
      </div>
      {formError ? (
        <p role="alert" className="form__error">
          {formError}
        </p>
      ) : null}
      <PrivacyNotice />
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
    </form>
  )
}
