import { formatJoinCode } from '@pactboard/shared'
import { QRCodeSVG } from 'qrcode.react'
import { useTranslation } from '../../i18n/useTranslation.tsx'

export function joinUrlOf(origin: string, joinCode: string): string {
  return `${origin}/join/${joinCode}`
}

interface JoinCodeProps {
  joinCode: string
  /** The QR code's drawn size in px; CSS may scale it further (the presentation does). */
  qrSize: number
}

/**
 * How people get in: the code read aloud, the QR code scanned. One piece for the join panel
 * and the presentation, so both show the same code and the same link.
 */
export function JoinCode({ joinCode, qrSize }: JoinCodeProps) {
  const { t } = useTranslation()
  const url = joinUrlOf(window.location.origin, joinCode)
  const host = window.location.host
  return (
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
          size={qrSize}
          marginSize={2}
          role="img"
          aria-label={t('facilitation.qrLabel')}
          title={t('facilitation.qrLabel')}
        />
      </div>
    </div>
  )
}
