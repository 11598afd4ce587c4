import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { PhaseTimer } from '../facilitation/PhaseTimer.tsx'

/** The phase the room is in and its timer, the same second as on every phone. */
export function PresentPhase({ control }: { control: Y.Doc }) {
  const { t } = useTranslation()
  const { currentPhase, timer } = useAgenda(control)
  if (!currentPhase) return null
  return (
    <section className="present-phase" aria-label={t('presentLive.phase')}>
      <p className="present-phase__title">{currentPhase.title}</p>
      {timer.durationMs > 0 ? <PhaseTimer timer={timer} /> : null}
    </section>
  )
}
