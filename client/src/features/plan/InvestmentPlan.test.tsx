import { addToPortfolio } from '@pactboard/shared'
import { makeBoardDoc } from '@pactboard/shared/test/fixtures'
import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { InvestmentPlan } from './InvestmentPlan.tsx'

describe('investment plan', () => {
  it('shows per year the investment needed, funding by status and the gap, then the total', () => {
    const { doc: board, measures } = makeBoardDoc([
      {
        title: 'District heating',
        timeline: { startYear: 2027, endYear: 2028 },
        cost: {
          capexEur: 1000,
          opexEurPerYear: 0,
          capexByYear: [
            { year: 2027, eur: 600 },
            { year: 2028, eur: 400 },
          ],
          funding: [
            { source: 'EIB', type: 'loan', status: 'secured', amountEur: 500 },
            { source: 'City', type: 'municipal', status: 'planned', amountEur: 200 },
          ],
        },
      },
      { title: 'Not in the plan', cost: { capexEur: 99_999, opexEurPerYear: 0, funding: [] } },
    ])
    const plan = new Y.Doc()
    addToPortfolio(plan, measures[0]!.id)
    render(<InvestmentPlan plan={plan} board={board} ledger={new Y.Doc()} />)

    const table = screen.getByRole('table', {
      name: 'Investment needed, funding by status and the gap, by year',
    })
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent)
    expect(headers).toEqual([
      'Year',
      'Investment needed',
      'Funding: Secured',
      'Funding: Applied for',
      'Funding: Planned',
      'Gap: needed − secured',
      'Gap: needed − all funding',
    ])
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')
    expect([...row('2027')].map((c) => c.textContent)).toEqual([
      '€600',
      '€500',
      '€0',
      '€200',
      '€100',
      '-€100',
    ])
    expect([...row('Total')].map((c) => c.textContent)).toEqual([
      '€1,000',
      '€500',
      '€0',
      '€200',
      '€500',
      '€300',
    ])
    expect(screen.getByText(/Investment needed: €1,000. Secured: €500/)).toBeInTheDocument()
  })

  it('says how to start when the plan has no costs', () => {
    render(<InvestmentPlan plan={new Y.Doc()} board={new Y.Doc()} ledger={new Y.Doc()} />)
    expect(screen.getByText(/No costs or funding entered/)).toBeInTheDocument()
  })
})
