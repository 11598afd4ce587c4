import { type Pathway, type PathwayChartMode, pathwayChartOption } from '@pactboard/shared'
import { BarChart, LineChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef, useState } from 'react'
import { formatNumber } from '../../i18n/format.ts'
import { useCurrentLanguage } from '../../i18n/useLanguage.ts'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { prefersReducedMotion } from '../../ui/prefersReducedMotion.ts'
import type { PathwaySummary } from './pathwaySummary.ts'
import { usePathwayLabels } from './usePathwayLabels.ts'

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  CanvasRenderer,
])

/** Room a legend entry takes, roughly, at ECharts' default 12 px text. */
const LEGEND_ENTRY_PX = 150
const DEFAULT_FONT_SIZE = 12

interface PathwayCanvasProps {
  pathway: Pathway
  summary: PathwaySummary
  mode?: PathwayChartMode
  /** Text size in px; the presentation passes a larger one for the back of the hall. */
  fontSize?: number
}

/**
 * The chart itself, drawn by ECharts from the shared option: the plan screen and the
 * presentation draw the same chart, only its text size differs. Its accessible name says
 * what it shows, since a canvas says nothing.
 */
export function PathwayCanvas({
  pathway,
  summary,
  mode = 'status',
  fontSize = DEFAULT_FONT_SIZE,
}: PathwayCanvasProps) {
  const { t } = useTranslation()
  const language = useCurrentLanguage()
  const labels = usePathwayLabels()
  const container = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const [width, setWidth] = useState(0)
  const legendEntryPx = (LEGEND_ENTRY_PX * fontSize) / DEFAULT_FONT_SIZE
  const legendEntriesPerRow = width > 0 ? Math.max(1, Math.floor(width / legendEntryPx)) : 3

  useEffect(() => {
    if (!container.current) return
    chart.current ??= echarts.init(container.current, null, { renderer: 'canvas' })
    const option = pathwayChartOption(pathway, labels, {
      mode,
      locale: language,
      legendEntriesPerRow,
      fontSize,
    })
    const yAxis = option.yAxis as { axisLabel?: object }
    chart.current.setOption(
      {
        ...option,
        // The accessible name is ours (the summary); echarts' own would replace it.
        aria: { enabled: false },
        animation: !prefersReducedMotion(),
        // The axis in the UI language's digits ("500 000" in Swedish), as the figures beside it.
        yAxis: {
          ...yAxis,
          axisLabel: { ...yAxis.axisLabel, formatter: (v: number) => formatNumber(v, language) },
        },
      },
      { notMerge: true },
    )
  }, [pathway, labels, mode, language, legendEntriesPerRow, fontSize])

  useEffect(() => {
    const element = container.current
    const resize = () => {
      setWidth(element?.clientWidth ?? 0)
      chart.current?.resize()
    }
    resize()
    // The box, not only the window: the presentation's chart grows with its layout and with
    // full screen, and a resize of the window alone would miss that.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    if (element) observer?.observe(element)
    window.addEventListener('resize', resize)
    return () => {
      observer?.disconnect()
      window.removeEventListener('resize', resize)
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  const n = (value: number) => formatNumber(value, language)
  const description =
    summary.gapTCO2e > 0
      ? t('plan.chart.ariaGap', {
          year: summary.targetYear,
          remaining: n(summary.remainingTCO2e),
          target: n(summary.targetTCO2e),
          gap: n(summary.gapTCO2e),
        })
      : t('plan.chart.ariaReached', {
          year: summary.targetYear,
          remaining: n(summary.remainingTCO2e),
          target: n(summary.targetTCO2e),
        })

  return (
    <div role="img" aria-label={description} className="pathway__chart">
      <div ref={container} className="pathway__canvas" />
    </div>
  )
}
