import { useId } from 'react'
import type * as Y from 'yjs'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { Trans, useTranslation } from '../../i18n/useTranslation.tsx'
import { PathwayCanvas } from '../plan/PathwayCanvas.tsx'
import type { PathwaySummary } from '../plan/pathwaySummary.ts'
import { usePathway } from '../plan/usePathway.ts'
import { useScreenFontSize } from './useScreenFontSize.ts'

/** The gap at the target year in one sentence, its figure the largest thing in it. */
function GapLine({ summary }: { summary: PathwaySummary }) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const n = (value: number) => formatNumber(value, language)
  if (summary.gapTCO2e <= 0) {
    return (
      <p className="present-gap present-gap--reached">
        {t('present.reached', { year: summary.targetYear })}
      </p>
    )
  }
  return (
    <p className="present-gap">
      <Trans
        i18nKey="present.gap"
        values={{
          year: summary.targetYear,
          value: n(summary.gapTCO2e),
          pct: n(Math.round(summary.gapPctOfBau)),
        }}
        components={{ strong: <strong /> }}
      />
    </p>
  )
}

/** The pathway, large, with the gap in one sentence; a calm line until there are figures. */
export function PresentPathway({
  plan,
  board,
  ledger,
}: {
  plan: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
}) {
  const { t } = useTranslation()
  const headingId = useId()
  const current = usePathway(plan, board, ledger)
  const fontSize = useScreenFontSize()
  return (
    <section className="present__panel present-pathway" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan.chart.heading')}</h2>
      {current ? (
        <>
          <GapLine summary={current.summary} />
          <PathwayCanvas pathway={current.pathway} summary={current.summary} fontSize={fontSize} />
        </>
      ) : (
        <p className="present-pathway__waiting">{t('present.noFigures')}</p>
      )}
    </section>
  )
}
