import { useEffect, useState } from 'react'
import { forgetWorkshopOnDevice } from '../../app/forgetDevice.ts'
import { Link, useLocation } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'

export const GONE_PATH = '/gone'

/** What the workshop screen hands over when its workshop was deleted. */
export interface GoneLocationState {
  workshopId: string
  title: string
  /** This person deleted it (the facilitator who did). */
  byMe: boolean
}

/**
 * [G1] The workshop was deleted, by this person or by its facilitator: says so, and removes its
 * session and local copies from this device (the workshop screen is gone by now).
 */
export function WorkshopGonePage() {
  const { t } = useTranslation()
  const gone = useLocation().state as GoneLocationState | null
  const [forgotten, setForgotten] = useState(false)
  useEffect(() => {
    if (!gone) return
    void forgetWorkshopOnDevice(gone.workshopId).then(() => setForgotten(true))
  }, [gone])
  return (
    <main className="page page--narrow" id="main">
      <h1>{t('privacy.gone.title')}</h1>
      {gone ? (
        <p role="status" aria-busy={!forgotten}>
          {gone.byMe
            ? t('privacy.gone.byMe', { title: gone.title })
            : t('privacy.gone.byFacilitator')}
        </p>
      ) : null}
      <p>
        <Link to="/">{t('privacy.gone.home')}</Link>
      </p>
    </main>
  )
}
