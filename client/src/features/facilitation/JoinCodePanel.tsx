import type { ApiCaller } from '../../api/apiCaller.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { InviteLinks } from './InviteLinks.tsx'
import { JoinCode } from './JoinCode.tsx'

interface JoinCodePanelProps {
  joinCode: string
  /** Large, with the QR code, for the facilitator's projector; compact for everyone else. */
  prominent: boolean
  /** For those who may invite: makes personal links into other roles. */
  invites?: ApiCaller | null
}

/** How people get in, on the workshop screen: open for the facilitator, folded for others. */
export function JoinCodePanel({ joinCode, prominent, invites = null }: JoinCodePanelProps) {
  const { t } = useTranslation()
  if (prominent) {
    return (
      <section className="panel join-code join-code--prominent" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('facilitation.inviteHeading')}</h2>
        <JoinCode joinCode={joinCode} qrSize={208} />
        {invites ? <InviteLinks api={invites} /> : null}
      </section>
    )
  }
  return (
    <details className="panel join-code">
      <summary>{t('facilitation.inviteOthers')}</summary>
      <JoinCode joinCode={joinCode} qrSize={160} />
    </details>
  )
}
