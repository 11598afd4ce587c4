import {
  type Actor,
  canEditMeasure,
  FIELDS_OF_ACTION,
  type Measure,
  type Participant,
  totalReductionTCO2ePerYear,
} from '@pactboard/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { formatEur, formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { MeasureCard } from './MeasureCard.tsx'
import { type MeasureEditing, MeasureFormDialog } from './MeasureFormDialog.tsx'
import { isOnBoard, useActors, useMeasures, useParticipants } from './useBoard.ts'

interface MeasureBoardProps {
  board: Y.Doc
  ledger: Y.Doc
  me: Participant
  /** False for someone who may not write the board (an observer). */
  canWrite: boolean
}

function proposerNameOf(
  measure: Measure,
  participants: readonly Participant[],
  actors: readonly Actor[],
  fallback: string,
): string {
  const person = participants.find((p) => p.id === measure.proposer.participantId)?.displayName
  const actor = actors.find((a) => a.id === measure.proposer.actorId)?.name
  if (person && actor) return `${person} (${actor})`
  return person ?? actor ?? fallback
}

/** The measures, grouped by the CCC field of action, live from the board doc. */
export function MeasureBoard({ board, ledger, me, canWrite }: MeasureBoardProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const measures = useMeasures(board).filter(isOnBoard)
  const actors = useActors(board)
  const participants = useParticipants(ledger)
  const [editing, setEditing] = useState<MeasureEditing | null>(null)
  const [announcement, setAnnouncement] = useState('')

  const totalReduction = measures.reduce((sum, m) => sum + totalReductionTCO2ePerYear(m), 0)
  const totalCapex = measures.reduce((sum, m) => sum + m.cost.capexEur, 0)
  const groups = FIELDS_OF_ACTION.map((field) => ({
    field,
    measures: measures.filter((m) => m.fieldOfAction === field),
  })).filter((group) => group.measures.length > 0)

  return (
    <section className="board" aria-labelledby="board-heading">
      <div className="board__bar">
        <div>
          <h2 id="board-heading">{t('board.heading')}</h2>
          <p className="board__totals">
            {t('board.totals', {
              count: measures.length,
              reduction: formatNumber(totalReduction, language),
              capex: formatEur(totalCapex, language),
            })}
          </p>
        </div>
        {canWrite ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ mode: 'add' })}
          >
            {t('board.addMeasure')}
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {groups.length === 0 ? (
        <p className="board__empty">{canWrite ? t('board.emptyWriter') : t('board.empty')}</p>
      ) : null}
      <div className="board__groups">
        {groups.map((group) => (
          <section
            key={group.field}
            className={`sector-group sector--${group.field}`}
            aria-labelledby={`group-${group.field}`}
          >
            <h3 id={`group-${group.field}`} className="sector-group__heading">
              {t(`enums.fieldOfAction.${group.field}`)}
              <span className="sector-group__count">
                {t('board.groupSummary', {
                  count: group.measures.length,
                  reduction: formatNumber(
                    group.measures.reduce((s, m) => s + totalReductionTCO2ePerYear(m), 0),
                    language,
                  ),
                })}
              </span>
            </h3>
            <div className="card-grid">
              {group.measures.map((measure) => (
                <MeasureCard
                  key={measure.id}
                  measure={measure}
                  proposerName={proposerNameOf(measure, participants, actors, t('card.someone'))}
                  onEdit={
                    canWrite && canEditMeasure(me.role, me.id, measure.proposer.participantId)
                      ? () => setEditing({ mode: 'edit', measure })
                      : undefined
                  }
                />
              ))}
            </div>
          </section>
        ))}
      </div>
      {editing ? (
        <MeasureFormDialog
          board={board}
          editing={editing}
          proposer={{ participantId: me.id, actorId: me.actorId }}
          actors={actors}
          onCancel={() => setEditing(null)}
          onDone={(measure) => {
            setEditing(null)
            setAnnouncement(t('board.saved', { title: measure.title }))
          }}
        />
      ) : null}
    </section>
  )
}
