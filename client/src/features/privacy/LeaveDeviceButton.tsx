import { useState } from 'react'
import { useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { LEFT_PATH, type LeftLocationState } from './LeftPage.tsx'

/**
 * [G6] On every screen: leave, and take this device's Pactboard data with you. Asks first, since
 * changes not yet sent would be lost; then goes to the page that removes it all (leaving the
 * workshop screen first closes its connections and local databases).
 */
export function LeaveDeviceButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [asking, setAsking] = useState(false)
  return (
    <>
      <button type="button" className="button button--small" onClick={() => setAsking(true)}>
        {t('privacy.leave.button')}
      </button>
      {asking ? (
        <Dialog title={t('privacy.leave.title')} onClose={() => setAsking(false)}>
          <p>{t('privacy.leave.body')}</p>
          <div className="form__actions">
            <button type="button" className="button" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setAsking(false)
                const state: LeftLocationState = { confirmed: true }
                navigate(LEFT_PATH, { replace: true, state })
              }}
            >
              {t('privacy.leave.confirm')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  )
}
