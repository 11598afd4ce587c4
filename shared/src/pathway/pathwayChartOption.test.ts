import { describe, expect, it } from 'vitest'
import { emptyBaseline, type PlanFigures } from '../domain/baseline.ts'
import type { Measure } from '../domain/measure.ts'
import { makeBoardDoc } from '../test/fixtures.ts'
import { computePathway } from './pathway.ts'
import { type PathwayChartLabels, pathwayChartOption } from './pathwayChartOption.ts'

const labels: PathwayChartLabels = {
  unit: 'tCO2e/yr',
  remaining: 'Remaining',
  bau: 'Business as usual',
  target: 'Target',
  gap: 'Gap {value} t',
  milestone: '−{pct} % by {year}',
  netZero: 'Net zero by {year}',
  groups: { in_plan: 'In plan', committed: 'Committed', proposed: 'Proposed' },
  sectors: {
    stationary_energy: 'Energy',
    transport: 'Transport',
    waste: 'Waste',
    ippu: 'Industry',
    afolu: 'Land',
  },
  reductionPrefix: 'Cut: ',
}

function figures(): PlanFigures {
  const b = emptyBaseline(2020)
  b.emissionsBySector.transport.scope1TCO2ePerYear = 600
  b.emissionsBySector.stationary_energy.scope2TCO2ePerYear = 400
  return { baseline: b, target: { targetYear: 2030, reductionPct: 80 } }
}

function inPlan(transport: number): Measure {
  const { measures } = makeBoardDoc([
    {
      reduction: {
        tCO2ePerYearBySector: { transport },
        firstYear: 2022,
        rampUpYears: 0,
        confidence: 'medium',
        method: '',
      },
    },
  ])
  return { ...measures[0]!, status: 'in_plan' }
}

interface Series {
  name: string
  data: number[]
  stack?: string
  markLine?: { label: { formatter: string }; data: { coord: number[] }[][] }
  markPoint?: { data: { name: string; coord: number[] }[] }
}

function seriesOf(option: Record<string, unknown>): Series[] {
  return option.series as Series[]
}

describe('pathwayChartOption', () => {
  const pathway = computePathway(figures(), [inPlan(300)])

  it('has one category per year and is plain JSON', () => {
    const option = pathwayChartOption(pathway, labels)
    expect((option.xAxis as { data: string[] }).data).toEqual(
      Array.from({ length: 11 }, (_, i) => String(2020 + i)),
    )
    expect(JSON.parse(JSON.stringify(option))).toEqual(option)
  })

  it('stacks remaining and the three status groups up to business as usual', () => {
    const series = seriesOf(pathwayChartOption(pathway, labels))
    const stacked = series.filter((s) => s.stack)
    expect(stacked.map((s) => s.name)).toEqual(['Remaining', 'In plan', 'Committed', 'Proposed'])
    const bau = series.find((s) => s.name === 'Business as usual')!
    const last = 10
    const top = stacked.reduce((sum, s) => sum + s.data[last]!, 0)
    expect(top).toBe(bau.data[last])
    expect(stacked[1]!.data[last]).toBe(300)
  })

  it('stacks by sector: remaining per sector, then the cut per sector', () => {
    const series = seriesOf(pathwayChartOption(pathway, labels, { mode: 'sector' }))
    const names = series.filter((s) => s.stack).map((s) => s.name)
    expect(names.slice(0, 5)).toEqual(['Energy', 'Transport', 'Waste', 'Industry', 'Land'])
    expect(names[6]).toBe('Cut: Transport')
    expect(series.find((s) => s.name === 'Cut: Transport')!.data[10]).toBe(300)
  })

  it('marks the gap at the target year from the target up to what remains', () => {
    const target = seriesOf(pathwayChartOption(pathway, labels)).find((s) => s.name === 'Target')!
    // 1000 t, −80 % → 200 t allowed; 700 t remain → 500 t gap
    expect(target.markLine!.label.formatter).toBe('Gap 500 t')
    expect(target.markLine!.data[0]!.map((p) => p.coord)).toEqual([
      [10, 200],
      [10, 700],
    ])
  })

  it('has no gap mark when the target is met, and animation can be switched off', () => {
    const f = figures()
    f.target.reductionPct = 50
    const met = computePathway(f, [inPlan(600)])
    const option = pathwayChartOption(met, labels, { animation: false })
    expect(option.animation).toBe(false)
    expect(seriesOf(option).find((s) => s.name === 'Target')!.markLine).toBeUndefined()
  })

  it('grows its text, and the room the legend takes, for a projector', () => {
    const normal = pathwayChartOption(pathway, labels)
    const large = pathwayChartOption(pathway, labels, { fontSize: 24 })
    expect(large.textStyle).toEqual({ fontSize: 24 })
    expect((large.xAxis as { axisLabel: unknown }).axisLabel).toEqual({ fontSize: 24 })
    const bottom = (option: Record<string, unknown>) => (option.grid as { bottom: number }).bottom
    expect(bottom(large)).toBe(bottom(normal) * 2)
  })

  it('marks each milestone and the target on the target line, net zero by name', () => {
    const withMilestones = figures()
    withMilestones.target = {
      targetYear: 2030,
      reductionPct: 100,
      reference: { year: 1990, tCO2ePerYear: 2000 },
      milestones: [{ year: 2025, reductionPct: 55 }],
    }
    const series = seriesOf(pathwayChartOption(computePathway(withMilestones, []), labels))
    const target = series.find((s) => s.name === 'Target')!
    expect(target.markPoint?.data).toEqual([
      { name: '−55 % by 2025', coord: [5, 900], value: '−55 % by 2025' },
      {
        name: 'Net zero by 2030',
        coord: [10, 0],
        value: 'Net zero by 2030',
        label: { align: 'right' },
      },
    ])
    expect(target.data[5]).toBe(900)
  })
})
