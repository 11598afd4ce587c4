import { formatJoinCode } from '@pactboard/shared'
import { QRCodeSVG } from 'qrcode.react'
import { useTranslation } from 'react-i18next'
import { InviteLinks } from './InviteLinks.tsx'

interface JoinCodePanelProps {
  joinCode: string
  /** Large, with the QR code, for the facilitator's projector; compact for everyone else. */
  prominent: boolean
  /** For those who may invite: makes personal links into other roles. */
  invites?: { workshopId: string; token: string } | null
}

export function joinUrlOf(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`
}

/** How people get in: the code read aloud, the QR code scanned, or the link. */
export function JoinCodePanel({ joinCode, prominent, invites = null }: JoinCodePanelProps) {
  const { t } = useTranslation()
  const url = joinUrlOf(window.location.origin, joinCode)
  const host = window.location.host
  const content = (
    <div className="join-code__body">
      <div className="join-code__text">
        <p className="join-code__how">{t('facilitation.howToJoin', { host: `${host}/join` })}</p>
        {/* A named group, not <output> (an implicit live status) nor <fieldset> (for controls). */}
        {/* biome-ignore lint/a11y/useSemanticElements: see above */}
        <div className="join-code__code" role="group" aria-label={t('facilitation.joinCode')}>
          {formatJoinCode(joinCode)}
        </div>
      </div>
      <div className="join-code__qr">
        <QRCodeSVG
          value={url}
          size={prominent ? 208 : 160}
          marginSize={2}
          role="img"
          aria-label={t('facilitation.qrLabel')}
          title={t('facilitation.qrLabel')}
        />
      </div>
    </div>
  )
  if (prominent) {
    return (
      <section className="panel join-code join-code--prominent" aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t('facilitation.inviteHeading')}</h2>
        {content}
        {invites ? <InviteLinks workshopId={invites.workshopId} token={invites.token} /> : null}
      </section>
    )
  }
  return (
    <details className="panel join-code">
      <summary>{t('facilitation.inviteOthers')}</summary>
      {content}
    </details>
  )
}
