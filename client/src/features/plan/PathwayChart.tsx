import {
  computePathway,
  listMeasures,
  observeMeasures,
  type PathwayChartMode,
  pathwayChartOption,
} from '@pactboard/shared'
import { BarChart, LineChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useY } from '../../sync/useY.ts'
import { PathwaySummaryText } from './PathwaySummaryText.tsx'
import { summarisePathway } from './pathwaySummary.ts'
import { usePathwayLabels } from './usePathwayLabels.ts'
import { usePlanFigures } from './usePlanFigures.ts'

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  CanvasRenderer,
])

/** Room a legend entry takes, roughly, at the chart's font size. */
const LEGEND_ENTRY_PX = 150

interface PathwayChartProps {
  plan: Y.Doc
  board: Y.Doc
}

/** The emissions pathway from the baseline to the target, live as measures and figures change. */
export function PathwayChart({ plan, board }: PathwayChartProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const headingId = useId()
  const figures = usePlanFigures(plan)
  const measures = useY(board, listMeasures, observeMeasures)
  const [mode, setMode] = useState<PathwayChartMode>('status')
  const labels = usePathwayLabels()
  const pathway = useMemo(
    () => (figures ? computePathway(figures, measures) : null),
    [figures, measures],
  )
  const summary = pathway ? summarisePathway(pathway) : null
  const container = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const [legendEntriesPerRow, setLegendEntriesPerRow] = useState(3)

  useEffect(() => {
    if (!container.current || !pathway) return
    chart.current ??= echarts.init(container.current, null, { renderer: 'canvas' })
    const option = pathwayChartOption(pathway, labels, {
      mode,
      locale: language,
      legendEntriesPerRow,
    })
    // The accessible name is ours (the summary); echarts' own would replace it.
    chart.current.setOption({ ...option, aria: { enabled: false } }, { notMerge: true })
  }, [pathway, labels, mode, language, legendEntriesPerRow])

  useEffect(() => {
    const resize = () => {
      const width = container.current?.clientWidth ?? 0
      if (width > 0) setLegendEntriesPerRow(Math.max(1, Math.floor(width / LEGEND_ENTRY_PX)))
      chart.current?.resize()
    }
    resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  const description = summary
    ? summary.gapTCO2e > 0
      ? t('plan.chart.ariaGap', {
          year: summary.targetYear,
          remaining: formatNumber(summary.remainingTCO2e, language),
          target: formatNumber(summary.targetTCO2e, language),
          gap: formatNumber(summary.gapTCO2e, language),
        })
      : t('plan.chart.ariaReached', {
          year: summary.targetYear,
          remaining: formatNumber(summary.remainingTCO2e, language),
          target: formatNumber(summary.targetTCO2e, language),
        })
    : ''

  return (
    <section className="panel pathway" aria-labelledby={headingId}>
      <div className="pathway__bar">
        <h3 id={headingId}>{t('plan.chart.heading')}</h3>
        {pathway ? (
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
      {pathway && summary ? (
        <div className="pathway__body">
          <div role="img" aria-label={description} className="pathway__chart">
            <div ref={container} className="pathway__canvas" />
          </div>
          <PathwaySummaryText summary={summary} />
        </div>
      ) : (
        <p className="board__empty">{t('plan.chart.noFigures')}</p>
      )}
    </section>
  )
}
