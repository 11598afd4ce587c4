import { bringEveryoneHere, type Measure } from '@pactboard/shared'
import { type ReactNode, useState } from 'react'
import type * as Y from 'yjs'
import type { ApiCaller } from '../../api/apiCaller.ts'
import {
  approveCard,
  hideCard,
  mergeCard,
  reportCard,
  unhideCard,
} from '../../api/moderationApi.ts'
import { useApiCall } from '../../api/useApiCall.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { MergeCardDialog } from './MergeCardDialog.tsx'
import { ReasonDialog } from './ReasonDialog.tsx'

/**
 * The moderation buttons, each with its dialog and its error, shared by the cards and the
 * facilitator's panel. Each button's accessible name carries the card's title.
 */

interface ActionProps {
  measure: Measure
  api: ApiCaller
}

function CallButton({
  label,
  name,
  call,
}: {
  label: string
  name: string
  call: () => Promise<unknown>
}) {
  const { busy, error, run } = useApiCall()
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={name}
        disabled={busy}
        onClick={() => void run(call)}
      >
        {label}
      </button>
      {error ? (
        <span className="field__error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  )
}

/**
 * The one-click decisions. "Keep" approves too: approving a reported card keeps it on the board
 * and settles its reports.
 */
const DECISIONS = {
  approve: { label: 'moderation.approve', name: 'moderation.approveNamed', call: approveCard },
  keep: { label: 'moderation.keep', name: 'moderation.keepNamed', call: approveCard },
  unhide: { label: 'moderation.unhide', name: 'moderation.unhideNamed', call: unhideCard },
} as const
export type Decision = keyof typeof DECISIONS

export function DecisionButton({ decision, measure, api }: ActionProps & { decision: Decision }) {
  const { t } = useTranslation()
  const { label, name, call } = DECISIONS[decision]
  return (
    <CallButton
      label={t(label)}
      name={t(name, { title: measure.title })}
      call={() => call(api, measure.id)}
    />
  )
}

/** A button that opens a dialog; `dialog` gets the function that closes it (done or cancelled). */
function DialogButton({
  label,
  name,
  dialog,
}: {
  label: string
  name: string
  dialog: (close: () => void) => ReactNode
}) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={name}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open ? dialog(() => setOpen(false)) : null}
    </>
  )
}

export function HideButton({ measure, api }: ActionProps) {
  const { t } = useTranslation()
  return (
    <DialogButton
      label={t('moderation.hide')}
      name={t('moderation.hideNamed', { title: measure.title })}
      dialog={(close) => (
        <ReasonDialog
          title={t('moderation.hideTitle', { title: measure.title })}
          intro={t('moderation.hideIntro')}
          label={t('moderation.hideReason')}
          confirm={t('moderation.hideConfirm')}
          onSubmit={(reason) => hideCard(api, measure.id, reason)}
          onDone={close}
          onCancel={close}
        />
      )}
    />
  )
}

export function MergeButton({
  measure,
  api,
  survivors,
}: ActionProps & { survivors: readonly Measure[] }) {
  const { t } = useTranslation()
  return (
    <DialogButton
      label={t('moderation.merge')}
      name={t('moderation.mergeNamed', { title: measure.title })}
      dialog={(close) => (
        <MergeCardDialog
          measure={measure}
          survivors={survivors}
          onSubmit={(into) => mergeCard(api, measure.id, into)}
          onDone={close}
          onCancel={close}
        />
      )}
    />
  )
}

/** [P18] Reports a card; afterwards it says so instead of offering to report again. */
export function ReportButton({ measure, api, reported }: ActionProps & { reported: boolean }) {
  const { t } = useTranslation()
  const [sent, setSent] = useState(false)
  if (reported || sent) {
    return (
      <p className="card-moderation__note" role="status">
        {t('moderation.reported')}
      </p>
    )
  }
  return (
    <DialogButton
      label={t('moderation.report')}
      name={t('moderation.reportNamed', { title: measure.title })}
      dialog={(close) => (
        <ReasonDialog
          title={t('moderation.reportTitle', { title: measure.title })}
          intro={t('moderation.reportIntro')}
          label={t('moderation.reportReason')}
          confirm={t('moderation.reportConfirm')}
          onSubmit={(reason) => reportCard(api, measure.id, reason)}
          onDone={() => {
            close()
            setSent(true)
          }}
          onCancel={close}
        />
      )}
    />
  )
}

/** The facilitator's spotlight: every follower's screen goes to this card ([follow 'measure']). */
export function SpotlightButton({ measure, control }: { measure: Measure; control: Y.Doc }) {
  const { t } = useTranslation()
  const [announcement, setAnnouncement] = useState('')
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={t('spotlight.bringNamed', { title: measure.title })}
        onClick={() => {
          bringEveryoneHere(control, { view: 'measure', measureId: measure.id })
          setAnnouncement(t('spotlight.brought', { title: measure.title }))
        }}
      >
        {t('spotlight.bring')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  )
}
