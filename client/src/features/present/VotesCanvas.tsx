import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation.tsx'
import { prefersReducedMotion } from '../../ui/prefersReducedMotion.ts'
import { type VoteBar, votesChartOption } from './votesChartOption.ts'

echarts.use([BarChart, GridComponent, CanvasRenderer])

/** The brand colour, from the stylesheet, so the chart matches the screen around it. */
function brandColor(element: HTMLElement | null): string {
  if (!element) return '#0f5c4c'
  const value = getComputedStyle(element).getPropertyValue('--brand').trim()
  return value || '#0f5c4c'
}

/** The revealed votes as bars; its accessible name lists them, since a canvas says nothing. */
export function VotesCanvas({ bars, fontSize }: { bars: readonly VoteBar[]; fontSize: number }) {
  const { t } = useTranslation()
  const container = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const [width, setWidth] = useState(0)

  useEffect(() => {
    if (!container.current) return
    chart.current ??= echarts.init(container.current, null, { renderer: 'canvas' })
    const option = votesChartOption(bars, {
      fontSize,
      color: brandColor(container.current),
      labelWidthPx: Math.max(120, Math.round((width || 600) * 0.4)),
    })
    chart.current.setOption(
      { ...option, aria: { enabled: false }, animation: !prefersReducedMotion() },
      { notMerge: true },
    )
  }, [bars, fontSize, width])

  useEffect(() => {
    const element = container.current
    const resize = () => {
      setWidth(element?.clientWidth ?? 0)
      chart.current?.resize()
    }
    resize()
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    if (element) observer?.observe(element)
    return () => {
      observer?.disconnect()
      chart.current?.dispose()
      chart.current = null
    }
  }, [])

  const description = t('presentLive.chart', {
    bars: bars
      .map((bar) => t('presentLive.chartBar', { title: bar.label, votes: bar.votes }))
      .join(', '),
  })
  return (
    <div role="img" aria-label={description} className="present-results__chart">
      <div ref={container} className="present-results__canvas" />
    </div>
  )
}
