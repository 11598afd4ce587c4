import { setPreModeration, setVotingSettings } from '@pactboard/shared'
import { act, cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { anna, bo, cai, frida, olle, propose, stubFetch } from '../board/boardTestKit.tsx'
import {
  makeVotingDocs,
  renderVoting,
  revealTotals,
  serveVotes,
  stubVotesServer,
} from './votingTestKit.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
})

const card = (title: string) => within(screen.getByRole('article', { name: title }))
const addButton = (title: string) => screen.getByRole('button', { name: `Add a dot to ${title}` })
const takeButton = (title: string) =>
  screen.getByRole('button', { name: `Take a dot back from ${title}` })

describe('a card’s dots', () => {
  it('[P20] casts a dot through the API and shows it once the server has counted it', async () => {
    const { docs, ids } = makeVotingDocs()
    const fetchMock = serveVotes(docs)
    renderVoting(docs, bo)
    expect(card('Bus lanes').getByRole('img')).toHaveAccessibleName('You have no dots on this card')
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1)) // my dots: none yet

    await userEvent.click(addButton('Bus lanes'))
    expect(fetchMock).toHaveBeenCalledTimes(2)
    const [url, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-test/votes')
    expect(init.method).toBe('POST')
    expect(JSON.parse(String(init.body))).toEqual({ measureId: ids[0] })
    expect(init.headers).toMatchObject({ authorization: 'Bearer token-test' })
    // The dot appears from the server's answer: no doc carries it.
    expect(card('Bus lanes').getByRole('img')).toHaveAccessibleName('Your dots on this card: 1')

    await userEvent.click(takeButton('Bus lanes'))
    const [takeUrl, takeInit] = fetchMock.mock.calls[2] as unknown as [string, RequestInit]
    expect(takeUrl).toBe(`/api/workshops/w-test/votes/${ids[0]}`)
    expect(takeInit.method).toBe('DELETE')
    expect(card('Bus lanes').getByRole('img')).toHaveAccessibleName('You have no dots on this card')
  })

  it('shows the server’s refusal as a short message', async () => {
    const { docs } = makeVotingDocs()
    stubVotesServer(409, {
      error: { code: 'VOTE_BUDGET_SPENT', message: 'You have spent all your dots' },
    })
    renderVoting(docs, bo)
    await userEvent.click(addButton('Solar roofs'))
    expect(await card('Solar roofs').findByRole('alert')).toHaveTextContent(
      'You have spent all your dots.',
    )
  })

  it('says when the server cannot be reached', async () => {
    const { docs } = makeVotingDocs()
    stubFetch(() => {
      throw new TypeError('Failed to fetch')
    })
    renderVoting(docs, bo)
    await userEvent.click(addButton('Solar roofs'))
    expect(await card('Solar roofs').findByRole('alert')).toHaveTextContent(
      'Cannot reach the server',
    )
  })

  it('[P20] disables "+ dot" with the reason once the budget is spent', async () => {
    const { docs } = makeVotingDocs()
    setVotingSettings(docs.control, { budgetPerParticipant: 2, maxPerMeasure: 3 })
    serveVotes(docs)
    renderVoting(docs, bo)
    expect(addButton('Solar roofs')).toBeEnabled()
    await userEvent.click(addButton('Bus lanes'))
    await userEvent.click(addButton('Bus lanes'))
    expect(addButton('Solar roofs')).toBeDisabled()
    expect(addButton('Solar roofs')).toHaveAccessibleDescription('You have spent all your dots.')
    expect(addButton('Bus lanes')).toBeDisabled()
    // Nothing to take back where no dot is; a dot given can be taken back.
    expect(takeButton('Solar roofs')).toBeDisabled()
    expect(takeButton('Bus lanes')).toBeEnabled()
  })

  it('[P20] disables "+ dot" with the reason at the most dots per card', async () => {
    const { docs, ids } = makeVotingDocs()
    setVotingSettings(docs.control, { budgetPerParticipant: 5, maxPerMeasure: 2 })
    serveVotes(docs, { mine: { [ids[0]!]: 2 } })
    renderVoting(docs, bo)
    await waitFor(() => expect(addButton('Bus lanes')).toBeDisabled())
    expect(addButton('Bus lanes')).toHaveAccessibleDescription(
      'This card has the most dots you may give it.',
    )
    expect(addButton('Solar roofs')).toBeEnabled()
  })

  it('[P20] disables "+ dot" on one’s own proposals when the facilitator excludes them', () => {
    const { docs } = makeVotingDocs()
    serveVotes(docs)
    renderVoting(docs, anna)
    expect(addButton('Bus lanes')).toBeEnabled()
    act(() => {
      setVotingSettings(docs.control, { excludeOwn: true })
    })
    expect(addButton('Bus lanes')).toBeDisabled()
    expect(addButton('Bus lanes')).toHaveAccessibleDescription(
      'You cannot vote for your own proposal.',
    )
  })

  it('[P20] disables "+ dot" on a card waiting for approval', () => {
    const { docs, ids } = makeVotingDocs()
    setPreModeration(docs.ledger, true, ids, { by: frida.id })
    propose(docs, bo, 'Night buses')
    serveVotes(docs)
    renderVoting(docs, bo)
    expect(addButton('Night buses')).toHaveAccessibleDescription('This card does not take votes.')
    expect(addButton('Bus lanes')).toBeEnabled()
  })

  it('outside a vote phase shows a voter only where their dots went', async () => {
    const { docs, ids } = makeVotingDocs('results')
    serveVotes(docs, { mine: { [ids[0]!]: 2 } })
    renderVoting(docs, bo)
    expect(await card('Bus lanes').findByRole('img')).toHaveAccessibleName(
      'Your dots on this card: 2',
    )
    expect(screen.queryByRole('button', { name: /dot/ })).toBeNull()
    expect(card('Bus lanes').getByRole('img')).toHaveAccessibleName('Your dots on this card: 2')
    expect(card('Solar roofs').queryByRole('img')).toBeNull()
    expect(screen.queryByText(/dots left/)).toBeNull()
  })

  it('hides the totals from everyone until the facilitator reveals them, then shows them to all', async () => {
    for (const me of [bo, frida, olle, cai]) {
      const { docs, ids } = makeVotingDocs()
      serveVotes(docs)
      renderVoting(docs, me)
      expect(screen.queryByText(/^\d+ dots?$/)).toBeNull()
      // what the server writes on the reveal: the flag, and the totals without names
      act(() => revealTotals(docs, { [ids[0]!]: 3, [ids[1]!]: 1 }))
      await waitFor(() => expect(card('Bus lanes').getByText('3 dots')).toBeVisible())
      expect(card('Solar roofs').getByText('1 dot')).toBeVisible()
      expect(card('Tree planting').getByText('0 dots')).toBeVisible()
      cleanup()
    }
  })
})
