import type { Workshop } from '@pactboard/shared'
import { useEffect, useState } from 'react'
import type { ApiCaller } from '../../api/apiCaller.ts'
import { deleteWorkshop, fetchPrivacyNotice } from '../../api/privacyApi.ts'
import { useNavigate } from '../../app/router.tsx'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx'
import { GONE_PATH, type GoneLocationState } from './WorkshopGonePage.tsx'

interface DeleteWorkshopPanelProps {
  workshop: Workshop
  api: ApiCaller
}

/**
 * [P23][G1] The facilitator deletes the workshop, after a confirmation that names it. Everyone
 * in it is sent out by the server; this screen goes to the page that says so and removes the
 * workshop's copy from this device.
 */
export function DeleteWorkshopPanel({ workshop, api }: DeleteWorkshopPanelProps) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [retentionDays, setRetentionDays] = useState<number | null>(null)

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
        <DeleteWorkshopDialog workshop={workshop} api={api} onClose={() => setAsking(false)} />
      ) : null}
    </section>
  )
}

/** The confirmation, its own component so that a failure shown once is gone when it reopens. */
function DeleteWorkshopDialog({
  workshop,
  api,
  onClose,
}: DeleteWorkshopPanelProps & { onClose: () => void }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const title = workshop.title
  const goneState: GoneLocationState = { workshopId: workshop.id, title, byMe: true }
  return (
    <ConfirmDialog
      title={t('privacy.deleteWorkshop.title', { title })}
      body={t('privacy.deleteWorkshop.body', { title })}
      confirmLabel={t('privacy.deleteWorkshop.confirm', { title })}
      busyLabel={t('privacy.deleteWorkshop.deleting')}
      tone="danger"
      action={() => deleteWorkshop(api)}
      onDone={() => navigate(GONE_PATH, { replace: true, state: goneState })}
      onCancel={onClose}
    />
  )
}
