import {
  type AgendaPhase,
  type AgendaState,
  addPhase,
  editPhase,
  MAX_PHASE_DURATION_MIN,
  movePhase,
  setCurrentPhase,
  skipPhase,
} from '@pactboard/shared'
import { type FormEvent, useState } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'

const NEW_PHASE_MINUTES = 10

function PhaseEditor({
  control,
  phase,
  onDone,
}: {
  control: Y.Doc
  phase: AgendaPhase
  onDone: () => void
}) {
  const { t } = useTranslation()
  const [title, setTitle] = useState(phase.title)
  const [minutes, setMinutes] = useState(String(phase.durationMin))
  const save = (event: FormEvent) => {
    event.preventDefault()
    const durationMin = Math.round(Number(minutes))
    if (!title.trim() || !Number.isFinite(durationMin)) return
    editPhase(control, phase.id, {
      title: title.trim(),
      durationMin: Math.min(MAX_PHASE_DURATION_MIN, Math.max(0, durationMin)),
    })
    onDone()
  }
  return (
    <form className="agenda__edit" onSubmit={save}>
      <label>
        {t('phases.titleLabel')}
        <input value={title} maxLength={80} required onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        {t('phases.durationLabel')}
        <input
          type="number"
          min={0}
          max={MAX_PHASE_DURATION_MIN}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--small">
        {t('phases.save')}
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        {t('common.cancel')}
      </button>
    </form>
  )
}

/** The agenda for the facilitator: the current phase marked; edit, reorder, skip, add. */
export function AgendaList({ control, agenda }: { control: Y.Doc; agenda: AgendaState }) {
  const { t } = useTranslation()
  const [editing, setEditing] = useState<string | null>(null)
  const [newTitle, setNewTitle] = useState('')
  const { phases, currentPhaseId } = agenda

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (!newTitle.trim()) return
    addPhase(control, { title: newTitle.trim(), durationMin: NEW_PHASE_MINUTES })
    setNewTitle('')
  }

  return (
    <>
      <ol className="agenda" aria-label={t('phases.agenda')}>
        {phases.map((phase, index) => {
          const current = phase.id === currentPhaseId
          const name = phase.title
          return (
            <li
              key={phase.id}
              className={`agenda__phase${current ? ' agenda__phase--current' : ''}${phase.skipped ? ' agenda__phase--skipped' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              {editing === phase.id ? (
                <PhaseEditor control={control} phase={phase} onDone={() => setEditing(null)} />
              ) : (
                <>
                  <span className="agenda__title">
                    {name}
                    {phase.skipped ? ` (${t('phases.skipped')})` : ''}
                  </span>
                  <span className="agenda__duration">
                    {t('phases.minutes', { count: phase.durationMin })}
                  </span>
                  <span className="agenda__actions">
                    {current ? null : (
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={t('phases.goTo', { phase: name })}
                        onClick={() => setCurrentPhase(control, phase.id)}
                      >
                        {t('phases.goToShort')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('phases.edit', { phase: name })}
                      onClick={() => setEditing(phase.id)}
                    >
                      {t('phases.editShort')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('phases.moveUp', { phase: name })}
                      disabled={index === 0}
                      onClick={() => movePhase(control, phase.id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('phases.moveDown', { phase: name })}
                      disabled={index === phases.length - 1}
                      onClick={() => movePhase(control, phase.id, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t(phase.skipped ? 'phases.unskip' : 'phases.skip', {
                        phase: name,
                      })}
                      onClick={() => skipPhase(control, phase.id, !phase.skipped)}
                    >
                      {t(phase.skipped ? 'phases.unskipShort' : 'phases.skipShort')}
                    </button>
                  </span>
                </>
              )}
            </li>
          )
        })}
      </ol>
      <form className="agenda__add" onSubmit={add}>
        <label>
          {t('phases.newPhaseTitle')}
          <input value={newTitle} maxLength={80} onChange={(e) => setNewTitle(e.target.value)} />
        </label>
        <button type="submit" className="button button--small">
          {t('phases.addPhase')}
        </button>
      </form>
    </>
  )
}
