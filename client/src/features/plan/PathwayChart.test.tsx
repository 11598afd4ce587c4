import {
  emptyBaseline,
  hideMeasure,
  setMeasureStatus,
  setPlanFigures,
  unhideMeasure,
  updateMeasure,
} from '@pactboard/shared'
import { makeBoardDoc } from '@pactboard/shared/test/fixtures'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { PathwayChart } from './PathwayChart.tsx'

// happy-dom has no canvas: the chart's options are what this test checks, not its pixels.
const chart = vi.hoisted(() => ({ options: [] as Record<string, unknown>[] }))
vi.mock('echarts/core', () => ({
  use: () => {},
  init: () => ({
    setOption: (option: Record<string, unknown>) => chart.options.push(option),
    resize: () => {},
    dispose: () => {},
  }),
}))

function setup() {
  const { doc: board, measures } = makeBoardDoc([
    {
      title: 'Bus lanes',
      reduction: {
        tCO2ePerYearBySector: { transport: 300 },
        firstYear: 2022,
        rampUpYears: 0,
        confidence: 'medium',
        method: '',
      },
    },
  ])
  const plan = new Y.Doc()
  const baseline = emptyBaseline(2020)
  baseline.emissionsBySector.transport.scope1TCO2ePerYear = 600
  baseline.emissionsBySector.stationary_energy.scope2TCO2ePerYear = 400
  setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } })
  return { board, plan, ledger: new Y.Doc(), measureId: measures[0]!.id }
}

describe('pathway chart', () => {
  it('asks for figures before there are any', () => {
    render(<PathwayChart plan={new Y.Doc()} board={new Y.Doc()} ledger={new Y.Doc()} />)
    expect(screen.getByText('Enter the baseline and the target to see the pathway.')).toBeVisible()
  })

  it('summarises the gap in words and in the chart’s accessible name, live', () => {
    const { board, plan, ledger, measureId } = setup()
    render(<PathwayChart plan={plan} board={board} ledger={ledger} />)
    // 1000 t, −80 % → 200 t allowed; the proposed 300 t cut leaves 700 t: a 500 t gap
    expect(screen.getByRole('img')).toHaveAccessibleName(
      'Emissions pathway chart. In 2030, 700 tCO₂e per year remain against a target of 200: a gap of 500 tCO₂e per year.',
    )
    expect(screen.getByText('500 tCO₂e/yr (50 % of business as usual)')).toBeVisible()

    act(() => setMeasureStatus(board, measureId, 'in_plan'))
    const last = chart.options.at(-1) as { series: { name: string; data: number[] }[] }
    expect(last.series.find((s) => s.name === 'Cut: in the plan')?.data.at(-1)).toBe(300)
  })

  it('stacks by sector on request, and says when cuts exceed a sector’s emissions', async () => {
    const { board, plan, ledger } = setup()
    const baseline = emptyBaseline(2020)
    baseline.emissionsBySector.transport.scope1TCO2ePerYear = 100
    render(<PathwayChart plan={plan} board={board} ledger={ledger} />)
    act(() => setPlanFigures(plan, { baseline, target: { targetYear: 2030, reductionPct: 80 } }))
    expect(screen.getByText(/Reductions exceed the sector's emissions in: Transport/)).toBeVisible()

    await userEvent.click(screen.getByRole('radio', { name: 'Sector' }))
    const last = chart.options.at(-1) as { series: { name: string }[] }
    expect(last.series.map((s) => s.name)).toContain('Cut: Transport')
  })

  it('counts no card the facilitator hid, and says which cuts have no first year', () => {
    const { board, plan, ledger, measureId } = setup()
    render(<PathwayChart plan={plan} board={board} ledger={ledger} />)
    act(() => hideMeasure(ledger, measureId, 'Duplicate', { by: 'p-fac' }))
    expect(screen.getByText('800 tCO₂e/yr (80 % of business as usual)')).toBeVisible()

    act(() => {
      unhideMeasure(ledger, measureId, { by: 'p-fac' })
      updateMeasure(board, measureId, {
        reduction: {
          tCO2ePerYearBySector: { transport: 300 },
          firstYear: null,
          rampUpYears: 0,
          confidence: 'medium',
          method: '',
        },
      })
    })
    expect(
      screen.getByText(
        '1 measure cuts emissions but has no first year of effect yet, so the pathway does not count it.',
      ),
    ).toBeVisible()
  })

  it('marks the milestones on the target line and says where the pathway stands at each', async () => {
    const { board, plan, ledger } = setup()
    const baseline = emptyBaseline(2020)
    baseline.emissionsBySector.transport.scope1TCO2ePerYear = 600
    baseline.emissionsBySector.stationary_energy.scope2TCO2ePerYear = 400
    setPlanFigures(plan, {
      baseline,
      target: {
        targetYear: 2030,
        reductionPct: 100,
        milestones: [{ year: 2025, reductionPct: 40 }],
      },
    })
    chart.options.length = 0
    render(<PathwayChart plan={plan} board={board} ledger={ledger} />)
    // 1000 t less 300 t in 2025: 700 t remain against 600 t allowed
    expect(
      await screen.findByText('Milestone 2025 (−40 %): 700 tCO₂e/yr remain, 100 above it.'),
    ).toBeInTheDocument()
    const series = (chart.options.at(-1)?.series ?? []) as {
      markPoint?: { data: { name: string }[] }
    }[]
    const marks = series.flatMap((s) => s.markPoint?.data.map((d) => d.name) ?? [])
    expect(marks).toEqual(['−40 % by 2025', 'Net zero by 2030'])
  })
})
