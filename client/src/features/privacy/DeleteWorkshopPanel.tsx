import type { Workshop } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import { apiErrorMessage } from '../../api/apiErrorMessage.ts'
import { deleteWorkshop, fetchPrivacyNotice } from '../../api/privacyApi.ts'
import { useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { Dialog } from '../../ui/Dialog.tsx'
import { GONE_PATH, type GoneLocationState } from './WorkshopGonePage.tsx'

interface DeleteWorkshopPanelProps {
  workshop: Workshop
  token: string
}

/**
 * [P23][G1] The facilitator deletes the workshop, after a confirmation that names it. Everyone
 * in it is sent out by the server; this screen goes to the page that says so and removes the
 * workshop's copy from this device.
 */
export function DeleteWorkshopPanel({ workshop, token }: DeleteWorkshopPanelProps) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [retentionDays, setRetentionDays] = useState<number | null>(null)
  const title = workshop.title

  useEffect(() => {
    let cancelled = false
    fetchPrivacyNotice().then(
      (facts) => {
        if (!cancelled) setRetentionDays(facts.retentionDays)
      },
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [])

  const handleConfirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await deleteWorkshop(workshop.id, token)
      const state: GoneLocationState = { workshopId: workshop.id, title, byMe: true }
      navigate(GONE_PATH, { replace: true, state })
    } catch (failure) {
      setBusy(false)
      setError(apiErrorMessage(t, failure))
    }
  }
  const close = () => {
    if (busy) return
    setAsking(false)
    setError(null)
  }

  return (
    <section className="panel workshop-data" aria-labelledby="workshop-data-heading">
      <h2 id="workshop-data-heading">{t('privacy.deleteWorkshop.heading')}</h2>
      <p className="panel__lead">
        {t('privacy.deleteWorkshop.lead')}
        {retentionDays ? ` ${t('privacy.deleteWorkshop.retention', { days: retentionDays })}` : ''}
      </p>
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('privacy.deleteWorkshop.button')}
      </button>
      {asking ? (
        <Dialog title={t('privacy.deleteWorkshop.title', { title })} onClose={close}>
          <p>{t('privacy.deleteWorkshop.body', { title })}</p>
          {error ? (
            <p role="alert" className="form__error">
              {error}
            </p>
          ) : null}
          <div className="form__actions">
            {/* Cancel first: the dialog focuses the first button, and the safe choice is to stay. */}
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button--danger"
              onClick={handleConfirm}
              disabled={busy}
            >
              {busy
                ? t('privacy.deleteWorkshop.deleting')
                : t('privacy.deleteWorkshop.confirm', { title })}
            </button>
          </div>
        </Dialog>
      ) : null}
    </section>
  )
}
