import { emailSchema } from '@pactboard/shared'
import { type FormEvent, useRef, useState } from 'react'
import { ApiError } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { signIn } from '../../api/workspaceApi.ts'
import { Link, useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'

import { WORKSPACE_PATH } from './paths.ts'

type Errors = Partial<Record<'email' | 'password', string>>

/** `/signin`: a facilitator or planner signs in to their workspace (participants never do). */
export function SignInPage() {
  const { t } = useTranslation()
  usePageTitle(t('staff.signInTitle'))
  const navigate = useNavigate()
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)
  const call = useApiCall((translate, error) =>
    error instanceof ApiError && error.code === 'SIGN_IN_FAILED'
      ? translate('staff.signInFailed')
      : translate(
          error instanceof ApiError && error.code === 'RATE_LIMITED'
            ? 'errors.api.RATE_LIMITED'
            : 'errors.unexpected',
        ),
  )

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found: Errors = {}
    if (!emailSchema.safeParse(email).success) found.email = t('staff.errors.email')
    if (password === '') found.password = t('staff.errors.passwordRequired')
    setErrors(found)
    if (Object.keys(found).length > 0) {
      focusFirstInvalid()
      return
    }
    const ok = await call.run(() => signIn({ email, password }))
    if (ok) navigate(WORKSPACE_PATH)
  }

  return (
    <main className="page page--narrow" id="main">
      <h1>{t('staff.signInTitle')}</h1>
      <p>{t('staff.signInLead')}</p>
      <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
        <TextField
          label={t('staff.email')}
          type="email"
          autoComplete="username"
          value={email}
          error={errors.email}
          onChange={(e) => setEmail(e.target.value)}
          required
        />
        <TextField
          label={t('staff.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        <CallError error={call.error} />
        <button type="submit" className="button button--primary button--wide" disabled={call.busy}>
          {call.busy ? t('staff.signingIn') : t('staff.signIn')}
        </button>
      </form>
      <p className="panel__lead">{t('staff.forgotPassword')}</p>
      <p>
        <Link to="/">{t('staff.participantsJoinHere')}</Link>
      </p>
    </main>
  )
}
