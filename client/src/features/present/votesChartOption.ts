import type { EChartsCoreOption } from 'echarts/core'

/** The revealed votes as a horizontal bar chart: pure, so what the projector draws is tested. */

export interface VoteBar {
  label: string
  votes: number
}

export interface VotesChartStyle {
  /** Text size in px: the projector's, for the back of the hall. */
  fontSize: number
  color: string
  /** Card titles longer than this many px are cut with an ellipsis (the ranking has them whole). */
  labelWidthPx: number
}

export function votesChartOption(
  bars: readonly VoteBar[],
  { fontSize, color, labelWidthPx }: VotesChartStyle,
): EChartsCoreOption {
  return {
    animationDuration: 400,
    grid: { left: 8, right: fontSize * 2.5, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { fontSize: Math.round(fontSize * 0.8) },
    },
    yAxis: {
      type: 'category',
      // The most dots at the top, as the ranking beside it reads.
      inverse: true,
      data: bars.map((bar) => bar.label),
      axisTick: { show: false },
      axisLabel: { fontSize, width: labelWidthPx, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => bar.votes),
        barMaxWidth: fontSize * 2,
        itemStyle: { color, borderRadius: [0, 6, 6, 0] },
        label: { show: true, position: 'right', fontSize, fontWeight: 'bold' },
      },
    ],
  }
}
