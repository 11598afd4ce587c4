import { useEffect, useState } from 'react'
import { forgetThisDevice } from '../../app/forgetDevice.ts'
import { Link, useLocation } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'

export const LEFT_PATH = '/left'

/** What the confirmation hands over: the person asked for it on this device, just now. */
export interface LeftLocationState {
  confirmed: true
}

/**
 * [G6] Where "Leave and remove this device's data" lands: removes it all, then says so. Reached
 * any other way (a link someone sent), it asks first: a link must not wipe a phone's unsent work.
 */
export function LeftPage() {
  const { t } = useTranslation()
  const confirmedOnArrival = (useLocation().state as LeftLocationState | null)?.confirmed === true
  const [confirmed, setConfirmed] = useState(confirmedOnArrival)
  const [done, setDone] = useState(false)
  useEffect(() => {
    if (!confirmed) return
    let cancelled = false
    void forgetThisDevice().then(() => {
      if (!cancelled) setDone(true)
    })
    return () => {
      cancelled = true
    }
  }, [confirmed])

  if (!confirmed) {
    return (
      <main className="page page--narrow" id="main">
        <h1>{t('privacy.leave.title')}</h1>
        <p>{t('privacy.leave.body')}</p>
        <div className="form__actions">
          <Link to="/">{t('privacy.leave.home')}</Link>
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirmed(true)}
          >
            {t('privacy.leave.confirm')}
          </button>
        </div>
      </main>
    )
  }
  return (
    <main className="page page--narrow" id="main">
      <h1>{done ? t('privacy.leave.doneTitle') : t('privacy.leave.working')}</h1>
      {done ? (
        <>
          <p role="status">{t('privacy.leave.done')}</p>
          <p>
            <Link to="/">{t('privacy.leave.home')}</Link>
          </p>
        </>
      ) : null}
    </main>
  )
}
