import {
  areResultsRevealed,
  getVotingSettings,
  hideMeasure,
  setResultsRevealed,
  setVotingSettings,
} from '@pactboard/shared'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { bo, cai, frida, olle } from '../board/boardTestKit.tsx'
import { giveDots, makeVotingDocs, renderVoting } from './votingTestKit.tsx'

describe('voting panel', () => {
  it('[P20] tells a voter their dots left, live as the ledger changes', () => {
    const { docs, ids } = makeVotingDocs()
    renderVoting(docs, bo)
    const left = screen.getByText('You have 5 of 5 dots left')
    expect(left).toHaveAttribute('aria-live', 'polite')
    act(() => giveDots(docs.ledger, bo, ids[0]!, 2))
    expect(left).toHaveTextContent('You have 3 of 5 dots left')
    act(() => giveDots(docs.ledger, bo, ids[1]!, 3))
    expect(left).toHaveTextContent('You have 0 of 5 dots left')
    // Someone else's dots are not mine.
    act(() => giveDots(docs.ledger, cai, ids[2]!, 1))
    expect(left).toHaveTextContent('You have 0 of 5 dots left')
    expect(screen.getByText('At most 3 dots on one card.')).toBeVisible()
  })

  it('shows no dots left outside a vote phase, nor to someone who does not vote', () => {
    const { docs } = makeVotingDocs('propose')
    renderVoting(docs, bo)
    expect(screen.queryByText(/dots left/)).toBeNull()
    const observed = makeVotingDocs()
    renderVoting(observed.docs, olle)
    expect(screen.queryByText(/dots left/)).toBeNull()
  })

  it('lets the facilitator set the rules and reveal the results, in the control doc', async () => {
    const user = userEvent.setup()
    const { docs } = makeVotingDocs()
    renderVoting(docs, frida)
    const budget = screen.getByRole('spinbutton', { name: 'Dots per person' })
    expect(budget).toHaveValue(5)
    await user.clear(budget)
    await user.type(budget, '8')
    expect(getVotingSettings(docs.control).budgetPerParticipant).toBe(8)
    const most = screen.getByRole('spinbutton', { name: 'Most dots on one card' })
    await user.clear(most)
    await user.type(most, '2')
    await user.click(screen.getByRole('checkbox', { name: 'No dots on own proposals' }))
    expect(getVotingSettings(docs.control)).toEqual({
      budgetPerParticipant: 8,
      maxPerMeasure: 2,
      excludeOwn: true,
    })

    expect(screen.getByText('Nobody sees the totals until you reveal them.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Reveal results' }))
    expect(areResultsRevealed(docs.control)).toBe(true)
    expect(screen.getByRole('table', { name: 'Results' })).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Hide results' }))
    expect(areResultsRevealed(docs.control)).toBe(false)
    expect(screen.queryByRole('table', { name: 'Results' })).toBeNull()
  })

  it('follows the rules the facilitator changes, live', () => {
    const { docs } = makeVotingDocs()
    renderVoting(docs, bo)
    act(() => {
      setVotingSettings(docs.control, { budgetPerParticipant: 8, excludeOwn: true })
    })
    expect(screen.getByText('You have 8 of 8 dots left')).toBeVisible()
    expect(screen.getByText('At most 3 dots on one card. Not on your own proposals.')).toBeVisible()
  })

  it('ranks the cards that take votes once revealed, ties sharing a rank', () => {
    const { docs, ids } = makeVotingDocs()
    const [bus, solar, trees] = ids as [string, string, string]
    giveDots(docs.ledger, bo, bus, 2)
    giveDots(docs.ledger, cai, solar, 3)
    giveDots(docs.ledger, bo, solar, 2)
    giveDots(docs.ledger, cai, trees, 2)
    renderVoting(docs, bo)
    expect(screen.queryByRole('table', { name: 'Results' })).toBeNull()

    act(() => setResultsRevealed(docs.control, true))
    const rows = within(screen.getByRole('table', { name: 'Results' })).getAllByRole('row')
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      '1Solar roofs5 dots',
      '2Bus lanes2 dots',
      '2Tree planting2 dots',
    ])

    // A hidden card takes no votes, so it leaves the ranking.
    act(() => hideMeasure(docs.ledger, solar, 'Off topic', { by: frida.id }))
    const after = within(screen.getByRole('table', { name: 'Results' })).getAllByRole('row')
    expect(after.slice(1).map((row) => row.textContent)).toEqual([
      '1Bus lanes2 dots',
      '1Tree planting2 dots',
    ])
  })
})
