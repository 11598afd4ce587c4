import type { Role } from '@pactboard/shared'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { createInvite } from '../../api/http.ts'
import { formatDate } from '../../i18n/format.ts'

/** Roles that come in by a personal link; participants and companies can use the code. */
const INVITABLE_ROLES = ['planner', 'observer', 'company', 'facilitator'] as const satisfies Role[]

interface InviteLinksProps {
  workshopId: string
  token: string
}

interface CreatedInvite {
  role: Role
  url: string
  expiresAt: string
}

/** The facilitator makes a personal invite link per role and passes it on. */
export function InviteLinks({ workshopId, token }: InviteLinksProps) {
  const { t, i18n } = useTranslation()
  const roleId = useId()
  const [role, setRole] = useState<Role>('planner')
  const [created, setCreated] = useState<CreatedInvite | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)

  const handleCreate = async () => {
    setBusy(true)
    setError(null)
    setCopied(false)
    try {
      const { invite } = await createInvite(workshopId, token, role)
      setCreated({
        role: invite.role,
        url: `${window.location.origin}${invite.path}`,
        expiresAt: invite.expiresAt,
      })
    } catch (failure) {
      setError(t('facilitation.invites.failed', { message: (failure as Error).message }))
    } finally {
      setBusy(false)
    }
  }

  const handleCopy = async () => {
    if (!created) return
    await navigator.clipboard?.writeText(created.url)
    setCopied(true)
  }

  return (
    <details className="invite-links">
      <summary>{t('facilitation.invites.heading')}</summary>
      <p className="field__hint">{t('facilitation.invites.hint')}</p>
      <div className="invite-links__row">
        <label htmlFor={roleId}>{t('facilitation.invites.role')}</label>
        <select id={roleId} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {INVITABLE_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`enums.role.${r}`)}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={handleCreate} disabled={busy}>
          {busy ? t('facilitation.invites.creating') : t('facilitation.invites.create')}
        </button>
      </div>
      {created ? (
        <div className="invite-links__result">
          <input
            readOnly
            value={created.url}
            aria-label={t('facilitation.invites.link', { role: t(`enums.role.${created.role}`) })}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button" onClick={handleCopy}>
            {copied ? t('facilitation.invites.copied') : t('facilitation.invites.copy')}
          </button>
          <p className="field__hint">
            {t('facilitation.invites.expires', {
              date: formatDate(created.expiresAt, i18n.language),
            })}
          </p>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="form__error">
          {error}
        </p>
      ) : null}
    </details>
  )
}
