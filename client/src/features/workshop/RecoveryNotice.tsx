import { can, type Participant } from '@pactboard/shared'
import { useState } from 'react'
import type * as Y from 'yjs'
import { proposeClosedReason } from '../../i18n/phaseText.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { LostMeasure } from '../../sync/lostWork.ts'
import { type Kept, useRecoveryStore } from '../../sync/recoveryStore.ts'
import { useAgenda } from '../../sync/useAgenda.ts'
import { useActors, useMeasures } from '../../sync/useBoard.ts'
import { MeasureFormDialog } from '../board/MeasureFormDialog.tsx'
import { refusalText } from './refusalText.ts'

/**
 * After the server refused a change and this device started over from the server's copy: says
 * why, on every tab, and offers back what the person wrote that did not make it. A proposal
 * reopens in the measure form with its fields; a comment is back in its card's comment box
 * (CommentThread) and shown here to copy.
 */
interface RecoveryNoticeProps {
  board: Y.Doc
  control: Y.Doc
  me: Participant
}

export function RecoveryNotice({ board, control, me }: RecoveryNoticeProps) {
  const { t } = useTranslation()
  const refusal = useRecoveryStore((s) => s.refusal)
  const measures = useRecoveryStore((s) => s.measures)
  const comments = useRecoveryStore((s) => s.comments)
  const actors = useActors(board)
  const onBoard = new Set(useMeasures(board).map((m) => m.id))
  const agenda = useAgenda(control)
  const proposeClosed = can(me.role, 'writeBoardInAnyPhase') ? null : proposeClosedReason(t, agenda)
  const [reopened, setReopened] = useState<Kept<LostMeasure> | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const { dropMeasure, dropComment, dismissRefusal } = useRecoveryStore.getState()

  const nothingKept = measures.length === 0 && comments.length === 0
  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {refusal && nothingKept ? (
        <div role="alert" className="notice notice--warning">
          <p>{t('recovery.notSaved', { reason: refusalText(t, refusal.reason) })}</p>
          <button type="button" className="button button--small" onClick={dismissRefusal}>
            {t('common.dismiss')}
          </button>
        </div>
      ) : null}
      {nothingKept ? null : (
        <section
          role="alert"
          className="notice notice--warning recovery"
          aria-label={t('recovery.heading')}
        >
          <ul className="recovery__list">
            {measures.map(({ item, reason }) => (
              <li key={item.id} className="recovery__item">
                <p>
                  {t('recovery.measureNotSaved', {
                    title: item.fields.title,
                    reason: refusalText(t, reason),
                  })}
                </p>
                <button
                  type="button"
                  className="button button--small button--primary"
                  aria-label={t('recovery.openAgainLabel', { title: item.fields.title })}
                  onClick={() => setReopened({ item, reason })}
                >
                  {t('recovery.openAgain')}
                </button>{' '}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  aria-label={t('recovery.discardLabel', { title: item.fields.title })}
                  onClick={() => dropMeasure(item.id)}
                >
                  {t('recovery.discard')}
                </button>
              </li>
            ))}
            {comments.map(({ item, reason }) => (
              <li key={item.id} className="recovery__item">
                <p>
                  {item.measureTitle
                    ? t('recovery.commentNotSaved', {
                        title: item.measureTitle,
                        reason: refusalText(t, reason),
                      })
                    : t('recovery.commentNotSavedNoCard', { reason: refusalText(t, reason) })}
                </p>
                <blockquote className="recovery__text">{item.text}</blockquote>
                <p>
                  {onBoard.has(item.measureId)
                    ? t('recovery.commentBack')
                    : t('recovery.commentCopy')}
                </p>
                <button
                  type="button"
                  className="button button--small button--quiet"
                  onClick={() => dropComment(item.id)}
                >
                  {t('recovery.discardComment')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {reopened ? (
        <MeasureFormDialog
          board={board}
          editing={{ mode: 'add', initial: reopened.item.fields }}
          proposer={{ participantId: me.id, actorId: me.actorId }}
          actors={actors}
          saveBlockedReason={proposeClosed}
          onCancel={() => setReopened(null)}
          onDone={(measure) => {
            dropMeasure(reopened.item.id)
            setReopened(null)
            setAnnouncement(t('recovery.resent', { title: measure.title }))
          }}
        />
      ) : null}
    </>
  )
}
