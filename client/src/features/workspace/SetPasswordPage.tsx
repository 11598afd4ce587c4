import { type AccountLinkResponse, PASSWORD_MIN_CHARS } from '@pactboard/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { ApiError } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { readAccountLink, setPasswordFromLink } from '../../api/workspaceApi.ts'
import { Link, useLocation, useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { TextField } from '../../ui/Field.tsx'
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { SIGN_IN_PATH, WORKSPACE_PATH } from './paths.ts'

type Errors = Partial<Record<'password' | 'confirm', string>>

const linkFailure = (t: Parameters<typeof apiErrorMessage>[0], error: unknown) =>
  error instanceof ApiError && error.code === 'ACCOUNT_LINK_INVALID'
    ? t('errors.api.ACCOUNT_LINK_INVALID')
    : apiErrorMessage(t, error)

/**
 * `/account/set-password#<link>`: where an administrator's link leads (a new workspace, an
 * invite, a recovery). The link is in the fragment, which the browser sends to no server.
 */
export function SetPasswordPage() {
  const { t } = useTranslation()
  usePageTitle(t('staff.setPasswordTitle'))
  const navigate = useNavigate()
  const { hash } = useLocation()
  const link = decodeURIComponent(hash.replace(/^#/, ''))
  const [info, setInfo] = useState<AccountLinkResponse | null>(null)
  const [password, setPassword] = useState('')
  const [confirm, setConfirm] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const formRef = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useFocusFirstInvalid(formRef)
  const load = useApiCall(linkFailure)
  const save = useApiCall(linkFailure)
  const { run } = load

  useEffect(() => {
    if (link) void run(async () => setInfo(await readAccountLink(link)))
  }, [link, run])

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found: Errors = {}
    if (password.length < PASSWORD_MIN_CHARS) {
      found.password = t('staff.errors.passwordShort', { min: PASSWORD_MIN_CHARS })
    } else if (password !== confirm) {
      found.confirm = t('staff.errors.passwordsDiffer')
    }
    setErrors(found)
    if (Object.keys(found).length > 0) {
      focusFirstInvalid()
      return
    }
    const ok = await save.run(() => setPasswordFromLink(link, password))
    if (ok) navigate(WORKSPACE_PATH)
  }

  return (
    <main className="page page--narrow" id="main">
      <h1>{t('staff.setPasswordTitle')}</h1>
      {!link ? <p role="alert">{t('errors.api.ACCOUNT_LINK_INVALID')}</p> : null}
      <CallError error={load.error} />
      {load.error ? (
        <p>
          <Link to={SIGN_IN_PATH}>{t('staff.signIn')}</Link>
        </p>
      ) : null}
      {info ? (
        <>
          <p>
            {t(`staff.linkPurpose.${info.purpose}`, {
              email: info.email,
              workspace: info.workspaceName,
            })}
          </p>
          <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
            <input type="hidden" autoComplete="username" value={info.email} readOnly />
            <TextField
              label={t('staff.newPassword')}
              hint={t('staff.newPasswordHint', { min: PASSWORD_MIN_CHARS })}
              type="password"
              autoComplete="new-password"
              value={password}
              error={errors.password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
            <TextField
              label={t('staff.confirmPassword')}
              type="password"
              autoComplete="new-password"
              value={confirm}
              error={errors.confirm}
              onChange={(e) => setConfirm(e.target.value)}
              required
            />
            <CallError error={save.error} />
            <button
              type="submit"
              className="button button--primary button--wide"
              disabled={save.busy}
            >
              {save.busy ? t('staff.saving') : t('staff.savePassword')}
            </button>
          </form>
        </>
      ) : null}
    </main>
  )
}
