import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { forgetThisDevice } from '../../app/forgetDevice.ts'

export const LEFT_PATH = '/left'

/** [G6] Where "Leave and remove this device's data" lands: removes it all, then says so. */
export function LeftPage() {
  const { t } = useTranslation()
  const [done, setDone] = useState(false)
  useEffect(() => {
    let cancelled = false
    void forgetThisDevice().then(() => {
      if (!cancelled) setDone(true)
    })
    return () => {
      cancelled = true
    }
  }, [])
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
