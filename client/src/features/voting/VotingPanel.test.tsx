import {
  areResultsRevealed,
  getVotingSettings,
  hideMeasure,
  publishedVoteTotals,
  setVotingSettings,
} from '@pactboard/shared'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bo, frida, jsonResponse, olle, stubFetch } from '../board/boardTestKit.tsx'
import { makeVotingDocs, renderVoting, revealTotals, serveVotes } from './votingTestKit.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('voting panel', () => {
  it('[P20] tells a voter their dots left, from the server, and after each of their casts', async () => {
    const { docs, ids } = makeVotingDocs()
    const fetchMock = serveVotes(docs, { mine: { [ids[0]!]: 2 } })
    renderVoting(docs, bo)
    const left = await screen.findByText('You have 3 of 5 dots left')
    expect(left).toHaveAttribute('aria-live', 'polite')
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-test/votes/mine')
    expect(init.headers).toMatchObject({ authorization: 'Bearer token-test' })
    // one request for the whole board, however many cards show dots
    expect(fetchMock).toHaveBeenCalledTimes(1)
    await userEvent.click(screen.getByRole('button', { name: 'Add a dot to Solar roofs' }))
    await waitFor(() => expect(left).toHaveTextContent('You have 2 of 5 dots left'))
    expect(screen.getByText('At most 3 dots on one card.')).toBeVisible()
  })

  it('[P20] reads the dots again when a moderation decision may have moved them', async () => {
    const { docs, ids } = makeVotingDocs()
    let mine: Record<string, number> = { [ids[0]!]: 2 }
    stubFetch(() => jsonResponse(200, { votes: mine, spent: 2, remaining: 3 }))
    renderVoting(docs, bo)
    expect(await screen.findByRole('img', { name: 'Your dots on this card: 2' })).toBeVisible()
    mine = { [ids[1]!]: 2 }
    act(() => hideMeasure(docs.ledger, ids[2]!, 'Off topic', { by: frida.id }))
    await waitFor(() =>
      expect(
        within(screen.getByRole('article', { name: 'Solar roofs' })).getByRole('img'),
      ).toHaveAccessibleName('Your dots on this card: 2'),
    )
  })

  it('shows no dots left outside a vote phase, nor to someone who does not vote', () => {
    const { docs } = makeVotingDocs('propose')
    serveVotes(docs)
    renderVoting(docs, bo)
    expect(screen.queryByText(/dots left/)).toBeNull()
    const observed = makeVotingDocs()
    renderVoting(observed.docs, olle)
    expect(screen.queryByText(/dots left/)).toBeNull()
  })

  it('lets the facilitator set the rules in the control doc and reveal the results through the server', async () => {
    const user = userEvent.setup()
    const { docs, ids } = makeVotingDocs()
    const fetchMock = serveVotes(docs, { totals: { [ids[0]!]: 4 } })
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
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-test/votes/reveal')
    expect(init.method).toBe('PUT')
    expect(JSON.parse(String(init.body))).toEqual({ revealed: true })
    expect(areResultsRevealed(docs.control)).toBe(true)
    const table = await screen.findByRole('table', { name: 'Results' })
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('1Bus lanes4 dots')
    await user.click(screen.getByRole('button', { name: 'Hide results' }))
    expect(JSON.parse(String((fetchMock.mock.calls[1] as [string, RequestInit])[1].body))).toEqual({
      revealed: false,
    })
    expect(areResultsRevealed(docs.control)).toBe(false)
    expect(publishedVoteTotals(docs.ledger)).toEqual(new Map())
    expect(screen.queryByRole('table', { name: 'Results' })).toBeNull()
  })

  it('follows the rules the facilitator changes, live', () => {
    const { docs } = makeVotingDocs()
    serveVotes(docs)
    renderVoting(docs, bo)
    act(() => {
      setVotingSettings(docs.control, { budgetPerParticipant: 8, excludeOwn: true })
    })
    expect(screen.getByText('You have 8 of 8 dots left')).toBeVisible()
    expect(screen.getByText('At most 3 dots on one card. Not on your own proposals.')).toBeVisible()
  })

  it('says when the server refuses the reveal', async () => {
    const { docs } = makeVotingDocs()
    stubFetch(() =>
      jsonResponse(403, { error: { code: 'FORBIDDEN', message: 'Only a facilitator reveals' } }),
    )
    renderVoting(docs, frida)
    await userEvent.click(screen.getByRole('button', { name: 'Reveal results' }))
    expect(await screen.findByRole('alert')).toBeVisible()
    expect(areResultsRevealed(docs.control)).toBe(false)
  })

  it('ranks the cards that take votes once revealed, ties sharing a rank', () => {
    const { docs, ids } = makeVotingDocs()
    const [bus, solar, trees] = ids as [string, string, string]
    renderVoting(docs, olle)
    expect(screen.queryByRole('table', { name: 'Results' })).toBeNull()

    act(() => revealTotals(docs, { [bus]: 2, [solar]: 5, [trees]: 2 }))
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
