import type { PathwayChartMode } from '@pactboard/shared'
import { useId, useState } from 'react'
import type * as Y from 'yjs'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { PathwayCanvas } from './PathwayCanvas.tsx'
import { PathwaySummaryText } from './PathwaySummaryText.tsx'
import { usePathway } from './usePathway.ts'

interface PathwayChartProps {
  plan: Y.Doc
  board: Y.Doc
  ledger: Y.Doc
}

/** The plan screen's pathway panel: the chart, how to stack it, and its figures in words. */
export function PathwayChart({ plan, board, ledger }: PathwayChartProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const current = usePathway(plan, board, ledger)
  const [mode, setMode] = useState<PathwayChartMode>('status')

  return (
    <section className="panel pathway" aria-labelledby={headingId}>
      <div className="pathway__bar">
        <h3 id={headingId}>{t('plan.chart.heading')}</h3>
        {current ? (
          <fieldset className="segmented">
            <legend className="visually-hidden">{t('plan.chart.stackBy')}</legend>
            {(['status', 'sector'] as const).map((m) => (
              <label key={m} className="segmented__option">
                <input
                  type="radio"
                  name={`${headingId}-mode`}
                  checked={mode === m}
                  onChange={() => setMode(m)}
                />
                {t(`plan.chart.by.${m}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
      </div>
      {current ? (
        <div className="pathway__body">
          <PathwayCanvas pathway={current.pathway} summary={current.summary} mode={mode} />
          <PathwaySummaryText summary={current.summary} />
        </div>
      ) : (
        <p className="board__empty">{t('plan.chart.noFigures')}</p>
      )}
    </section>
  )
}
