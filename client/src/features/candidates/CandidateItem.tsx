import type { CandidateSource } from '@pactboard/shared'
import { REACTION_KINDS } from '@pactboard/shared'
import { formatDate } from '../../i18n/format.ts'
import type { TFunction } from '../../i18n/texts.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import type { CandidateView } from './candidateQuery.ts'

interface CandidateItemProps {
  view: CandidateView
  onStatus: () => void
  onMerge: () => void
}

function reactionCount(source: CandidateSource): number {
  return REACTION_KINDS.reduce((sum, kind) => sum + source.reactions[kind], 0)
}

function sourceLine(source: CandidateSource, t: TFunction, language: string): string {
  return [
    t('candidates.proposedAt', {
      workshop: source.workshopTitle,
      date: formatDate(source.proposedAt, language),
    }),
    t('candidates.dots', { count: source.dots }),
    t('candidates.reactions', { count: reactionCount(source) }),
  ].join(' · ')
}

/** One candidate: its status (and a rejection's reason), where it was proposed, its actions. */
export function CandidateItem({ view, onStatus, onMerge }: CandidateItemProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const { candidate, provenance, merged, survivor } = view
  const { state } = candidate
  return (
    <li className="candidate">
      <h3 className="candidate__title">{candidate.title}</h3>
      <p className="candidate__meta">
        <span className={`candidate__status candidate__status--${state.status}`}>
          {t(`enums.measureStatus.${state.status}`)}
        </span>{' '}
        · {t(`enums.fieldOfAction.${candidate.fieldOfAction}`)} ·{' '}
        <strong>{t('candidates.dotsInAll', { count: provenance.dots })}</strong>
      </p>
      {state.status === 'rejected' ? (
        <p className="candidate__reason">
          {t('candidates.reasonShown')} <q>{state.reason}</q>
        </p>
      ) : null}
      <ul className="candidate__sources" aria-label={t('candidates.sources')}>
        {candidate.adaptedFrom ? (
          <li>
            {t('candidates.adaptedFrom', {
              origin: candidate.adaptedFrom.originName,
              year: candidate.adaptedFrom.year,
            })}
          </li>
        ) : provenance.sources.length === 0 ? (
          <li>{t('candidates.noSource')}</li>
        ) : null}
        {provenance.sources.map((source) => (
          <li key={`${source.workshopId}/${source.measureId}`}>
            {sourceLine(source, t, language)}
          </li>
        ))}
      </ul>
      {merged.length > 0 ? (
        <p className="candidate__meta">
          {t('candidates.mergedHere', { titles: merged.map((m) => `“${m.title}”`).join(', ') })}
        </p>
      ) : null}
      {survivor ? (
        <p className="candidate__meta">{t('candidates.mergedInto', { title: survivor.title })}</p>
      ) : null}
      {state.status === 'merged' ? null : (
        <div className="candidate__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t('candidates.changeStatusNamed', { title: candidate.title })}
            onClick={onStatus}
          >
            {t('candidates.changeStatus')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('candidates.mergeNamed', { title: candidate.title })}
            onClick={onMerge}
          >
            {t('candidates.merge')}
          </button>
        </div>
      )}
    </li>
  )
}
