import { type BoardCard, revealSilentProposals, startSilentMode } from '@pactboard/shared'
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { isOnBoard, useSilentMode } from '../../sync/useBoard.ts'

/**
 * The facilitator starts and ends silent mode in the control doc. The cards on the board when it
 * starts stay in view; later proposals wait for "Reveal all proposals". It only hides cards on
 * screens, and says so.
 */
export function SilentModeControl({
  control,
  cards,
}: {
  control: Y.Doc
  cards: readonly BoardCard[]
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const silent = useSilentMode(control)
  const [announcement, setAnnouncement] = useState('')
  const shownBefore = new Set(silent.shownIds)
  const waiting = cards.filter(
    ({ measure }) => isOnBoard(measure) && !shownBefore.has(measure.id),
  ).length

  return (
    <section className="silent-control" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('silent.heading')}</h3>
      {silent.on ? null : <p className="field__hint">{t('silent.lead')}</p>}
      <p className="silent-control__warning">{t('silent.notPrivacy')}</p>
      {silent.on ? (
        <>
          <p className="silent-control__status">{t('silent.status', { count: waiting })}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              revealSilentProposals(control)
              setAnnouncement(t('silent.revealed'))
            }}
          >
            {t('silent.reveal')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            startSilentMode(
              control,
              cards.map(({ measure }) => measure.id),
            )
            setAnnouncement(t('silent.started'))
          }}
        >
          {t('silent.start')}
        </button>
      )}
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </section>
  )
}
