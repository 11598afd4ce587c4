import { EMISSION_SECTORS, type EmissionSector } from '../domain/enums.ts'
import { PATHWAY_GROUPS, type Pathway, type PathwayGroup } from './pathway.ts'

/**
 * The pathway chart as an ECharts option: plain data, no DOM, so the client draws it in the
 * browser and the server renders the same chart for the exports (echarts SSR). Labels come in
 * already translated.
 *
 * The stack reads bottom-up: the emissions that remain, then the reductions (by status group
 * or by sector); the stack's top is business as usual. The target line runs over it, through a
 * marked point at each milestone, and the gap at the target year is a vertical mark from the
 * target up to what remains.
 */

export type PathwayChartMode = 'status' | 'sector'

export interface PathwayChartLabels {
  /** Axis name for the emissions, e.g. "tCO2e/yr". */
  unit: string
  remaining: string
  bau: string
  target: string
  /** Label of the gap mark; `{value}` is replaced by the rounded gap in tCO2e. */
  gap: string
  /** Label of a milestone on the target line; `{pct}` and `{year}` are replaced. */
  milestone: string
  /** Label of a milestone of 100 %; `{year}` is replaced. */
  netZero: string
  groups: Record<PathwayGroup, string>
  sectors: Record<EmissionSector, string>
  /** Prefix for the reductions when stacked by sector, e.g. "Cut: ". */
  reductionPrefix: string
}

export interface PathwayChartOptions {
  mode?: PathwayChartMode
  /** Off for server-side rendering. */
  animation?: boolean
  /** Bars instead of areas. */
  bars?: boolean
  locale?: string
  /** How the gap's tonnes are written; `locale`'s digits when left out. */
  formatNumber?: (value: number) => string
  /** How many legend entries fit on a row; the plot leaves room for the rows below it. */
  legendEntriesPerRow?: number
  /** Text size in px (ECharts' default is 12); larger for a projector. */
  fontSize?: number
}

/** Colours that stay apart for common colour-vision deficiencies (Okabe–Ito). */
export const PATHWAY_COLORS = {
  remaining: '#7a7a7a',
  bau: '#222222',
  target: '#d55e00',
  gap: '#cc0000',
  groups: { in_plan: '#009e73', committed: '#0072b2', proposed: '#e69f00' },
  sectors: {
    stationary_energy: '#0072b2',
    transport: '#e69f00',
    waste: '#009e73',
    ippu: '#cc79a7',
    afolu: '#56b4e9',
  },
} as const satisfies {
  remaining: string
  bau: string
  target: string
  gap: string
  groups: Record<PathwayGroup, string>
  sectors: Record<EmissionSector, string>
}

const STACK = 'pathway'
const DEFAULT_LEGEND_ENTRIES_PER_ROW = 3
const DEFAULT_FONT_SIZE = 12

/** `#rrggbb` at `alpha`: a sector's cut is drawn as a pale shade of its colour. */
function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`
}

function round(value: number): number {
  return Math.round(value)
}

interface SeriesOption {
  name: string
  type: 'line' | 'bar'
  data: number[]
  [key: string]: unknown
}

function stackedSeries(
  name: string,
  data: number[],
  color: string,
  bars: boolean,
  opacity: number,
): SeriesOption {
  return bars
    ? { name, type: 'bar', stack: STACK, data, itemStyle: { color }, barCategoryGap: '20%' }
    : {
        name,
        type: 'line',
        stack: STACK,
        data,
        symbol: 'none',
        lineStyle: { width: 0 },
        itemStyle: { color },
        areaStyle: { color, opacity },
        emphasis: { focus: 'series' },
      }
}

export function pathwayChartOption(
  pathway: Pathway,
  labels: PathwayChartLabels,
  options: PathwayChartOptions = {},
): Record<string, unknown> {
  const {
    mode = 'status',
    animation = true,
    bars = false,
    locale,
    formatNumber = (value: number) => value.toLocaleString(locale ?? 'en'),
    legendEntriesPerRow = DEFAULT_LEGEND_ENTRIES_PER_ROW,
    fontSize = DEFAULT_FONT_SIZE,
  } = options
  // Everything that takes room grows with the text, so a larger chart reads the same.
  const scale = fontSize / DEFAULT_FONT_SIZE
  const years = pathway.years.map((y) => String(y.year))
  const stacked: SeriesOption[] = []

  if (mode === 'status') {
    stacked.push(
      stackedSeries(
        labels.remaining,
        pathway.years.map((y) => round(y.remainingTCO2e)),
        PATHWAY_COLORS.remaining,
        bars,
        0.55,
      ),
    )
    for (const group of PATHWAY_GROUPS) {
      stacked.push(
        stackedSeries(
          labels.groups[group],
          pathway.years.map((y) => round(y.reductionTCO2e[group])),
          PATHWAY_COLORS.groups[group],
          bars,
          0.7,
        ),
      )
    }
  } else {
    for (const sector of EMISSION_SECTORS) {
      stacked.push(
        stackedSeries(
          labels.sectors[sector],
          pathway.years.map((y) => round(y.bySector[sector].remainingTCO2e)),
          PATHWAY_COLORS.sectors[sector],
          bars,
          0.75,
        ),
      )
    }
    for (const sector of EMISSION_SECTORS) {
      const cut = pathway.years.map((y) => {
        const r = y.bySector[sector].reductionTCO2e
        return round(r.in_plan + r.committed + r.proposed)
      })
      stacked.push(
        stackedSeries(
          `${labels.reductionPrefix}${labels.sectors[sector]}`,
          cut,
          withAlpha(PATHWAY_COLORS.sectors[sector], 0.3),
          bars,
          1,
        ),
      )
    }
  }

  const lastIndex = years.length - 1
  const last = pathway.years[lastIndex]
  const gapMark =
    last && pathway.gapTCO2e > 0
      ? {
          silent: true,
          symbol: ['none', 'arrow'],
          lineStyle: { color: PATHWAY_COLORS.gap, width: 3, type: 'solid' },
          label: {
            show: true,
            position: 'middle',
            formatter: labels.gap.replace('{value}', formatNumber(round(pathway.gapTCO2e))),
            color: PATHWAY_COLORS.gap,
            fontWeight: 'bold',
            fontSize,
          },
          data: [
            [
              { coord: [lastIndex, round(pathway.targetTCO2e)] },
              { coord: [lastIndex, round(last.remainingTCO2e)] },
            ],
          ],
        }
      : undefined

  const yearIndex = new Map(pathway.years.map((y, i) => [y.year, i]))
  const milestoneMarks = pathway.milestones.flatMap((m) => {
    const index = yearIndex.get(m.year)
    if (index === undefined) return []
    const label =
      m.reductionPct >= 100
        ? labels.netZero.replace('{year}', String(m.year))
        : labels.milestone
            .replace('{pct}', formatNumber(Math.round(m.reductionPct * 10) / 10))
            .replace('{year}', String(m.year))
    // the last year's label would run off the plot's right edge: it ends at its point instead
    const atEnd = index === pathway.years.length - 1
    return [
      {
        name: label,
        coord: [index, round(m.allowedTCO2e)],
        value: label,
        ...(atEnd ? { label: { align: 'right' } } : {}),
      },
    ]
  })
  const milestoneMark =
    milestoneMarks.length > 0
      ? {
          symbol: 'circle',
          symbolSize: 9 * scale,
          itemStyle: { color: PATHWAY_COLORS.target, borderColor: '#ffffff', borderWidth: 1 },
          label: {
            show: true,
            position: 'top',
            formatter: '{b}',
            color: PATHWAY_COLORS.target,
            fontWeight: 'bold',
            fontSize,
            // readable over the stacked areas and the dashed line
            backgroundColor: 'rgba(255, 255, 255, 0.85)',
            padding: [2 * scale, 4 * scale],
            borderRadius: 3,
          },
          data: milestoneMarks,
        }
      : undefined

  const lines: SeriesOption[] = [
    {
      name: labels.bau,
      type: 'line',
      data: pathway.years.map((y) => round(y.bauTCO2e)),
      symbol: 'none',
      lineStyle: { color: PATHWAY_COLORS.bau, width: 2 },
      itemStyle: { color: PATHWAY_COLORS.bau },
      z: 3,
    },
    {
      name: labels.target,
      type: 'line',
      data: pathway.years.map((y) => round(y.targetLineTCO2e)),
      symbol: 'none',
      lineStyle: { color: PATHWAY_COLORS.target, width: 2, type: 'dashed' },
      itemStyle: { color: PATHWAY_COLORS.target },
      z: 4,
      ...(gapMark ? { markLine: gapMark } : {}),
      ...(milestoneMark ? { markPoint: milestoneMark } : {}),
    },
  ]

  const series = [...stacked, ...lines]
  // The legend wraps below the plot; room for it grows with the number of entries.
  const legendRows = Math.ceil(series.length / Math.max(1, legendEntriesPerRow))
  const text = { fontSize }
  return {
    animation,
    aria: { enabled: true },
    textStyle: text,
    grid: {
      left: 8,
      right: 24 * scale,
      top: 32 * scale,
      bottom: (12 + legendRows * 24) * scale,
      containLabel: true,
    },
    legend: {
      bottom: 0,
      type: 'plain',
      itemGap: 12 * scale,
      itemWidth: 25 * scale,
      itemHeight: 14 * scale,
      textStyle: text,
    },
    tooltip: { trigger: 'axis', textStyle: text },
    xAxis: { type: 'category', data: years, boundaryGap: bars, axisLabel: text },
    yAxis: {
      type: 'value',
      name: labels.unit,
      min: 0,
      axisLabel: text,
      nameTextStyle: text,
    },
    series,
  }
}
