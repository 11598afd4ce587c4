import { ACTOR_KINDS, type ActorKind, normalizeJoinCode } from '@pactboard/shared'
import { type FormEvent, useId, useRef, useState } from 'react'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError, joinWorkshop } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import type { Session } from '../../app/sessionStore.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { SelectField, TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { PrivacyNotice } from '../privacy/PrivacyNotice.tsx'
import { inviteOfferOf } from './inviteRole.ts'
import { type JoinDraft, type JoinErrors, validateJoin } from './validateJoin.ts'

interface JoinFormProps {
  initialCode?: string
  /** An invite link's token: it names the workshop and the role, so the code is not asked. */
  invite?: string
  /** The code as typed, for the join screen to learn the workshop's languages. */
  onCodeChange?: (code: string) => void
  onJoined: (session: Session) => void
}

/** A refused join in the words of why: a revoked or unknown invite, joining closed. */
function joinFailure(t: TFunction, error: unknown, invited: boolean): string {
  const code = error instanceof ApiError ? error.code : null
  if (code === 'INVITE_REVOKED') return t('join.inviteRevoked')
  if (code === 'JOIN_LOCKED') return t('join.joinLocked')
  if (code === 'UNAUTHORIZED' && invited) return t('join.inviteInvalid')
  return apiErrorMessage(t, error)
}

/**
 * Code + display name is all it takes; an organisation is optional and makes one a company.
 * With an invite, the name is all it takes (and the organisation, for a company invite).
 */
export function JoinForm({ initialCode = '', invite, onCodeChange, onJoined }: JoinFormProps) {
  const { t } = useTranslation()
  const orgId = useId()
  const offer = invite ? inviteOfferOf(invite) : null
  const invitedRole = offer?.role ?? null
  // [P26] An invite for an organisation says which; the server joins its bearer as that one.
  const invitedFor = offer?.organisationName ?? null
  const [draft, setDraft] = useState<JoinDraft>({
    code: initialCode,
    displayName: '',
    representsOrganisation: invitedRole === 'company' && invitedFor === null,
    organisationName: '',
    organisationKind: 'company',
  })
  const [errors, setErrors] = useState<JoinErrors>({})
  const {
    busy,
    error: formError,
    run,
  } = useApiCall((t, error) => joinFailure(t, error, invite !== undefined))
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)
  const update = (patch: Partial<JoinDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found = validateJoin(draft, invite !== undefined)
    setErrors(found)
    const code = normalizeJoinCode(draft.code)
    if (Object.keys(found).length > 0 || (invite === undefined && code === null)) {
      focusFirstInvalid()
      return
    }
    const actor = draft.representsOrganisation
      ? { actor: { name: draft.organisationName.trim(), kind: draft.organisationKind } }
      : {}
    const request =
      invite !== undefined
        ? { invite, displayName: draft.displayName.trim(), ...actor }
        : {
            code: code ?? '',
            displayName: draft.displayName.trim(),
            role: draft.representsOrganisation ? ('company' as const) : ('participant' as const),
            ...actor,
          }
    await run(async () => {
      let response: Awaited<ReturnType<typeof joinWorkshop>>
      try {
        response = await joinWorkshop(request)
      } catch (error) {
        // An unknown code is the code field's error, not the form's.
        if (!(error instanceof ApiError && error.code === 'JOIN_CODE_UNKNOWN')) throw error
        setErrors({ code: 'join.errors.codeUnknown' })
        focusFirstInvalid()
        return
      }
      onJoined({
        token: response.token,
        participant: response.participant,
        workshop: response.workshop,
        joinCode: response.joinCode,
      })
    })
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
          {invitedFor
            ? t('join.invitedFor', { organisation: invitedFor })
            : invitedRole
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
      <label
        className="checkbox toggle"
        hidden={invite !== undefined && (invitedRole !== 'company' || invitedFor !== null)}
      >
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
      <CallError error={formError} />
      <PrivacyNotice />
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? t('join.joining') : t('join.submit')}
      </button>
    </form>
  )
}
