import { emptyBaseline, getPlanFigures, setPlanFigures } from '@pactboard/shared'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PlanFiguresForm } from './PlanFiguresForm.tsx'

function renderForm(canWrite = true) {
  const plan = new Y.Doc()
  render(<PlanFiguresForm plan={plan} canWrite={canWrite} />)
  return plan
}

async function replace(label: string, value: string) {
  const input = screen.getByLabelText(label, { exact: true })
  await userEvent.clear(input)
  if (value) await userEvent.type(input, value)
}

describe('baseline and target form', () => {
  it('says on each field what is wrong and writes nothing', async () => {
    const plan = renderForm()
    await replace('Baseline year', '2030')
    await replace('Target year', '2030')
    await replace('Transport, Scope 1 (tCO₂e per year)', '-5')
    await replace('Waste, Scope 2 (tCO₂e per year)', '')
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }))

    expect(screen.getByLabelText('Target year', { exact: true })).toHaveAccessibleDescription(
      'The target year must come after the baseline year.',
    )
    expect(
      screen.getByLabelText('Transport, Scope 1 (tCO₂e per year)'),
    ).toHaveAccessibleDescription('Enter 0 or more.')
    expect(screen.getByLabelText('Waste, Scope 2 (tCO₂e per year)')).toHaveAccessibleDescription(
      'Enter a number.',
    )
    expect(screen.getByRole('alert')).toHaveTextContent('Please correct the 3 fields marked below.')
    expect(getPlanFigures(plan)).toBeNull()
  })

  it('writes valid figures into the plan doc', async () => {
    const plan = renderForm()
    await replace('Baseline year', '2019')
    await replace('Target year', '2030')
    await replace('Reduction target (% below baseline)', '80')
    await replace('Transport, Scope 1 (tCO₂e per year)', '150000')
    await replace('Stationary energy, Scope 2 (tCO₂e per year)', '80 000')
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }))

    const figures = getPlanFigures(plan)
    expect(figures?.baseline.baselineYear).toBe(2019)
    expect(figures?.baseline.emissionsBySector.transport.scope1TCO2ePerYear).toBe(150000)
    expect(figures?.baseline.emissionsBySector.stationary_energy.scope2TCO2ePerYear).toBe(80000)
    expect(figures?.baseline.bauTargetYearTCO2ePerYear).toBeNull()
    expect(figures?.target).toEqual({ targetYear: 2030, reductionPct: 80 })
    expect(screen.getByText('Figures saved.')).toBeInTheDocument()
  })

  it('warns when residual emissions would exceed 20 % of the baseline', async () => {
    renderForm()
    expect(screen.queryByText(/Residual emissions would be/)).not.toBeInTheDocument()
    await replace('Reduction target (% below baseline)', '70')
    expect(screen.getByText(/Residual emissions would be 30 % of the baseline/)).toBeInTheDocument()
  })

  it('shows a reader the figures without saving, and says when there are none', () => {
    const empty = new Y.Doc()
    const { unmount } = render(<PlanFiguresForm plan={empty} canWrite={false} />)
    expect(screen.getByText('No baseline and target have been entered yet.')).toBeVisible()
    unmount()
    const plan = new Y.Doc()
    setPlanFigures(plan, {
      baseline: emptyBaseline(2019),
      target: { targetYear: 2030, reductionPct: 80 },
    })
    render(<PlanFiguresForm plan={plan} canWrite={false} />)
    expect(screen.getByLabelText('Baseline year', { exact: true })).toBeDisabled()
    expect(screen.queryByRole('button', { name: 'Save figures' })).not.toBeInTheDocument()
  })

  it('writes a reference year and milestones, and names a milestone outside the years', async () => {
    const plan = renderForm()
    await replace('Baseline year', '2019')
    await replace('Target year', '2045')
    await replace('Reduction target (% below baseline)', '100')
    await replace('Transport, Scope 1 (tCO₂e per year)', '1000')
    await replace('Reference year of the target (optional)', '1990')
    await replace('Emissions in the reference year (tCO₂e per year)', '1500')
    await userEvent.click(screen.getByRole('button', { name: 'Add a milestone' }))
    await replace('Milestone 1: year', '2050')
    await replace('Milestone 1: reduction (%)', '40')
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }))
    expect(screen.getByLabelText('Milestone 1: year')).toHaveAccessibleDescription(
      'A milestone lies after the baseline year and before the target year, each year once.',
    )
    expect(getPlanFigures(plan)).toBeNull()

    await replace('Milestone 1: year', '2030')
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }))
    expect(getPlanFigures(plan)?.target).toEqual({
      targetYear: 2045,
      reductionPct: 100,
      reference: { year: 1990, tCO2ePerYear: 1500 },
      milestones: [{ year: 2030, reductionPct: 40 }],
    })
    await userEvent.click(screen.getByRole('button', { name: 'Remove milestone 1' }))
    await replace('Reference year of the target (optional)', '')
    await replace('Emissions in the reference year (tCO₂e per year)', '')
    await userEvent.click(screen.getByRole('button', { name: 'Save figures' }))
    // a target without them keeps the older shape
    expect(getPlanFigures(plan)?.target).toEqual({ targetYear: 2045, reductionPct: 100 })
  }, 20_000)
})
