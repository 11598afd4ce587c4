import { CLOSE_CODES } from '@pactboard/shared'
import { Link } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { FinalClose } from '../../sync/connectionStore.ts'

const MESSAGE_KEYS: Record<number, string> = {
  [CLOSE_CODES.forbidden.code]: 'closed.forbidden',
  [CLOSE_CODES.notFound.code]: 'closed.notFound',
  [CLOSE_CODES.tooLarge.code]: 'closed.tooLarge',
  [CLOSE_CODES.tooManyMessages.code]: 'closed.tooManyMessages',
  [CLOSE_CODES.badMessage.code]: 'closed.badMessage',
}

/** The server ended the connection for good (a 44xx close): say why and what to do. */
export function ClosedNotice({ close }: { close: FinalClose }) {
  const { t } = useTranslation()
  const retryable =
    close.code !== CLOSE_CODES.forbidden.code && close.code !== CLOSE_CODES.notFound.code
  return (
    <div role="alert" className="notice notice--error">
      <p>{t(MESSAGE_KEYS[close.code] ?? 'closed.other', { code: close.code })}</p>
      {retryable ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('closed.reload')}
        </button>
      ) : (
        <Link to="/">{t('closed.backHome')}</Link>
      )}
    </div>
  )
}
