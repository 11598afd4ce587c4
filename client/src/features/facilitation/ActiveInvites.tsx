import type { InviteInfo } from '@pactboard/shared'
import { useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { revokeInvite } from '../../api/http.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { formatDate } from '../../i18n/format.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { CallError } from '../../ui/CallError.tsx'

interface ActiveInvitesProps {
  api: ApiCaller
  /** Every invite of the workshop as the server lists it; shown are those still usable. */
  invites: InviteInfo[]
  onRevoked(invite: InviteInfo): void
}

/** The invite links that still let someone in, each with a Revoke button. */
export function ActiveInvites({ api, invites, onRevoked }: ActiveInvitesProps) {
  const { t, i18n } = useTranslation()
  const [revoking, setRevoking] = useState<string | null>(null)
  const { busy, error, run, retry } = useApiCall((t, failure) =>
    t('facilitation.invites.revokeFailed', { message: (failure as Error).message }),
  )
  const now = Date.now()
  const active = invites.filter((i) => i.revokedAt === null && Date.parse(i.expiresAt) > now)

  const handleRevoke = async (inviteId: string) => {
    setRevoking(inviteId)
    await run(async () => {
      const { invite } = await revokeInvite(api, inviteId)
      onRevoked(invite)
    })
    setRevoking(null)
  }

  return (
    <section className="invite-links__active" aria-label={t('facilitation.invites.active')}>
      <h4>{t('facilitation.invites.active')}</h4>
      {active.length === 0 ? (
        <p className="field__hint">{t('facilitation.invites.none')}</p>
      ) : (
        <ul>
          {active.map((invite) => {
            const role = t(`enums.role.${invite.role}`)
            const date = formatDate(invite.expiresAt, i18n.language)
            return (
              <li key={invite.id}>
                <span>
                  {role} · {t('facilitation.invites.expires', { date })}
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={t('facilitation.invites.revokeLabel', { role, date })}
                  disabled={busy}
                  onClick={() => handleRevoke(invite.id)}
                >
                  {revoking === invite.id
                    ? t('facilitation.invites.revoking')
                    : t('facilitation.invites.revoke')}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      <CallError error={error} onRetry={retry} />
    </section>
  )
}
