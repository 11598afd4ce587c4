import type { InviteInfo, Role } from '@pactboard/shared'
import { useCallback, useEffect, useId, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { createInvite, listInvites } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatDate } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'
import { ActiveInvites } from './ActiveInvites.tsx'

/** Roles that come in by a personal link; participants and companies can use the code. */
const INVITABLE_ROLES = ['planner', 'observer', 'company', 'facilitator'] as const satisfies Role[]

interface InviteLinksProps {
  api: ApiCaller
}

interface CreatedInvite {
  id: string
  role: Role
  url: string
  expiresAt: string
}

/** The facilitator makes a personal invite link per role, passes it on, and revokes links. */
export function InviteLinks({ api }: InviteLinksProps) {
  const { t, i18n } = useTranslation()
  const roleId = useId()
  const [role, setRole] = useState<Role>('planner')
  const [created, setCreated] = useState<CreatedInvite | null>(null)
  const creating = useApiCall((t, failure) =>
    t('facilitation.invites.failed', { message: (failure as Error).message }),
  )
  const listing = useApiCall((t, failure) =>
    t('facilitation.invites.listFailed', { message: (failure as Error).message }),
  )
  const { run: runListing } = listing
  const [copied, setCopied] = useState(false)
  const [invites, setInvites] = useState<InviteInfo[]>([])

  const refreshInvites = useCallback(
    () =>
      runListing(async () => {
        setInvites((await listInvites(api)).invites)
      }),
    [api, runListing],
  )

  useEffect(() => {
    void refreshInvites()
  }, [refreshInvites])

  const handleRevoked = (revoked: InviteInfo) => {
    setInvites((all) => all.map((i) => (i.id === revoked.id ? revoked : i)))
    // the link on screen is no use any more
    if (created?.id === revoked.id) setCreated(null)
  }

  const handleCreate = () => {
    setCopied(false)
    return creating.run(async () => {
      const { invite } = await createInvite(api, role)
      setCreated({
        id: invite.id,
        role: invite.role,
        url: `${window.location.origin}${invite.path}`,
        expiresAt: invite.expiresAt,
      })
      await refreshInvites()
    })
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
        <button type="button" className="button" onClick={handleCreate} disabled={creating.busy}>
          {creating.busy ? t('facilitation.invites.creating') : t('facilitation.invites.create')}
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
      <CallError error={creating.error} onRetry={creating.retry} />
      <CallError error={listing.error} onRetry={listing.retry} />
      <ActiveInvites api={api} invites={invites} onRevoked={handleRevoked} />
    </details>
  )
}
