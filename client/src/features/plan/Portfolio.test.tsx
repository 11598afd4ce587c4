import { getMeasure, getPortfolio, hideMeasure, mergeMeasure } from '@pactboard/shared'
import { makeBoardDoc, makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { Portfolio } from './Portfolio.tsx'

const per = makeParticipant({ id: 'p-per', displayName: 'Per', role: 'planner' })

function renderPortfolio(canWrite = true, ledger = new Y.Doc(), fromList = false) {
  const { doc: board, measures } = makeBoardDoc([
    { title: 'Solar roofs' },
    { title: 'Bus lanes' },
    { title: 'Bike parking' },
  ])
  const plan = new Y.Doc()
  render(
    <Portfolio
      plan={plan}
      board={board}
      ledger={ledger}
      me={per}
      canWrite={canWrite}
      fromList={fromList}
    />,
  )
  const ids = Object.fromEntries(measures.map((m) => [m.title, m.id]))
  return { plan, board, ids }
}

describe('portfolio', () => {
  it('brings measures into the plan: plan order and board status together', async () => {
    const { plan, board, ids } = renderPortfolio()
    await userEvent.click(screen.getByRole('button', { name: 'Add to plan: Solar roofs' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add to plan: Bus lanes' }))

    expect(getPortfolio(plan)).toEqual([ids['Solar roofs'], ids['Bus lanes']])
    expect(getMeasure(board, ids['Bus lanes']!)?.status).toBe('in_plan')
    const rows = within(screen.getByRole('table')).getAllByRole('row')
    expect(rows.map((r) => within(r).queryByRole('rowheader')?.textContent)).toEqual([
      undefined,
      'Solar roofs',
      'Bus lanes',
    ])
  })

  it('reorders with named buttons and takes a measure back out as prioritised', async () => {
    const { plan, board, ids } = renderPortfolio()
    await userEvent.click(screen.getByRole('button', { name: 'Add to plan: Solar roofs' }))
    await userEvent.click(screen.getByRole('button', { name: 'Add to plan: Bus lanes' }))
    expect(screen.getByRole('button', { name: 'Move Solar roofs up' })).toBeDisabled()

    await userEvent.click(screen.getByRole('button', { name: 'Move Bus lanes up' }))
    expect(getPortfolio(plan)).toEqual([ids['Bus lanes'], ids['Solar roofs']])
    expect(screen.getByRole('status')).toHaveTextContent('Bus lanes moved up.')

    await userEvent.click(screen.getByRole('button', { name: 'Remove Bus lanes from the plan' }))
    expect(getPortfolio(plan)).toEqual([ids['Solar roofs']])
    expect(getMeasure(board, ids['Bus lanes']!)?.status).toBe('prioritised')
  })

  it('[W26] in a workspace’s plan, orders what the list put in and offers no adding or removing', () => {
    const { plan, ids } = renderPortfolio(true, new Y.Doc(), true)
    act(() => {
      plan.getArray<string>('portfolio').push([ids['Solar roofs']!, ids['Bus lanes']!])
    })
    expect(screen.getByText(/come from the workspace’s candidate list/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Move Bus lanes up' })).toBeEnabled()
    expect(screen.queryByRole('button', { name: /^Remove / })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Add to plan/ })).toBeNull()
  })

  it('shows a reader the table without controls', () => {
    renderPortfolio(false)
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    expect(screen.getByText('No measures in the plan yet.')).toBeInTheDocument()
  })

  it('offers no card the facilitator hid or merged away (the ledger decides)', () => {
    const ledger = new Y.Doc()
    const { ids } = renderPortfolio(true, ledger)
    act(() => {
      hideMeasure(ledger, ids['Solar roofs']!, 'Duplicate of an earlier idea', { by: 'p-fac' })
      mergeMeasure(ledger, ids['Bike parking']!, ids['Bus lanes']!, { by: 'p-fac' })
    })
    expect(screen.getByRole('button', { name: 'Add to plan: Bus lanes' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add to plan: Solar roofs' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Add to plan: Bike parking' })).toBeNull()
  })
})
