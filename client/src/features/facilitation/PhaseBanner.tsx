import type { Role } from '@pactboard/shared'
import { can } from '@pactboard/shared'
import type * as Y from 'yjs'
import { listActions, openActions, proposeClosedReason } from '../../i18n/phaseText.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { useAgenda } from '../../sync/useAgenda.ts'
import { PhaseTimer } from './PhaseTimer.tsx'

/** For everyone: which phase this is, what is open now and why something is closed. */
export function PhaseBanner({ control, viewerRole }: { control: Y.Doc; viewerRole: Role }) {
  const { t } = useTranslation()
  const agenda = useAgenda(control)
  const { currentPhase, phases } = agenda
  if (!currentPhase) {
    return (
      <section className="phase-banner" aria-label={t('phases.bannerLabel')}>
        <p className="phase-banner__title">{t('phases.notStarted')}</p>
      </section>
    )
  }
  const open = openActions(agenda)
  const closedReason = proposeClosedReason(t, agenda)
  return (
    <section className="phase-banner" aria-label={t('phases.bannerLabel')}>
      <div>
        <p className="phase-banner__step">
          {t('phases.step', {
            number: phases.findIndex((p) => p.id === currentPhase.id) + 1,
            total: phases.length,
          })}
        </p>
        <h2 className="phase-banner__title">{currentPhase.title}</h2>
        <p>
          {open.length > 0
            ? t('phases.openNow', { actions: listActions(t, open) })
            : t('phases.nothingOpen')}
        </p>
        {closedReason ? <p className="phase-banner__closed">{closedReason}</p> : null}
        {can(viewerRole, 'writeBoardInAnyPhase') && closedReason ? (
          <p className="phase-banner__note">{t('phases.youMayStillEdit')}</p>
        ) : null}
      </div>
      <PhaseTimer timer={agenda.timer} />
    </section>
  )
}
