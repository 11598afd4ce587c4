import { getModerationRecord, hideMeasure } from '@pactboard/shared'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  anna,
  bo,
  frida,
  makeBoardDocs,
  olle,
  pia,
  propose,
  renderBoard,
} from '../board/boardTestKit.tsx'
import { fakeModerationServer, preModerate } from './moderationTestKit.tsx'

afterEach(() => vi.unstubAllGlobals())

const card = (title: string) => screen.getByRole('article', { name: title })

describe('[P19] a proposal waiting for approval', () => {
  it('shows to its proposer with a badge and to the facilitator, not to another participant', () => {
    const docs = makeBoardDocs()
    preModerate(docs)
    propose(docs, anna, 'Bike lanes to every school')

    const { unmount } = renderBoard(docs, anna)
    expect(card('Bike lanes to every school')).toHaveTextContent(
      'Waiting for approval: only you and the facilitator see it for now.',
    )
    expect(
      within(card('Bike lanes to every school')).queryByRole('button', { name: /Approve/ }),
    ).toBeNull()
    unmount()

    renderBoard(docs, bo)
    expect(screen.queryByRole('article', { name: 'Bike lanes to every school' })).toBeNull()
    expect(screen.getByText(/approves new proposals before everyone sees them/)).toBeVisible()
  })

  it('[P17] is approved by the facilitator through the API, then everyone sees it', async () => {
    const docs = makeBoardDocs()
    preModerate(docs)
    const id = propose(docs, anna, 'Bike lanes to every school')
    const { calls } = fakeModerationServer(docs, frida)

    renderBoard(docs, frida)
    const pending = card('Bike lanes to every school')
    expect(pending).toHaveTextContent('Waiting for approval')
    expect(pending).toHaveClass('card--pending')
    await userEvent.click(
      within(pending).getByRole('button', { name: 'Approve Bike lanes to every school' }),
    )

    expect(calls).toEqual([
      {
        method: 'POST',
        url: `/api/workshops/w-test/measures/${id}/approve`,
        body: undefined,
        authorization: 'Bearer token-test',
      },
    ])
    await waitFor(() =>
      expect(card('Bike lanes to every school')).not.toHaveTextContent('Waiting for approval'),
    )
    expect(getModerationRecord(docs.ledger, id).approved?.by).toBe(frida.id)
  })
})

describe('[P17] hiding a card', () => {
  it('requires a reason, calls the API, and lists the card under hidden cards to show again', async () => {
    const docs = makeBoardDocs()
    const id = propose(docs, anna, 'Ban all cars tomorrow')
    propose(docs, bo, 'Solar roofs on schools')
    const { calls } = fakeModerationServer(docs, frida)
    const user = userEvent.setup()

    renderBoard(docs, frida)
    await user.click(screen.getByRole('button', { name: 'Hide Ban all cars tomorrow' }))
    const dialog = screen.getByRole('dialog', { name: 'Hide “Ban all cars tomorrow”' })
    await user.click(within(dialog).getByRole('button', { name: 'Hide card' }))
    expect(within(dialog).getByLabelText('Why hide it?')).toHaveAccessibleDescription('Say why.')
    expect(calls).toHaveLength(0)

    await user.type(within(dialog).getByLabelText('Why hide it?'), 'Off topic')
    await user.click(within(dialog).getByRole('button', { name: 'Hide card' }))
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `/api/workshops/w-test/measures/${id}/hide`,
      body: { reason: 'Off topic' },
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(screen.queryByRole('article', { name: 'Ban all cars tomorrow' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Show hidden and merged cards (1)' }))
    const setAside = screen.getByRole('list', { name: 'Hidden and merged cards' })
    expect(setAside).toHaveTextContent('Ban all cars tomorrow')
    expect(setAside).toHaveTextContent('Hidden: Off topic')
    await user.click(
      within(setAside).getByRole('button', { name: 'Show again: Ban all cars tomorrow' }),
    )
    expect(calls[1]).toMatchObject({ url: `/api/workshops/w-test/measures/${id}/unhide` })
    expect(await screen.findByRole('article', { name: 'Ban all cars tomorrow' })).toBeVisible()
  })

  it('tells the proposer their card was hidden, and why; the others just do not see it', () => {
    const docs = makeBoardDocs()
    const id = propose(docs, anna, 'Ban all cars tomorrow')
    hideMeasure(docs.ledger, id, 'Off topic', { by: frida.id })

    const { unmount } = renderBoard(docs, anna)
    expect(screen.queryByRole('article', { name: 'Ban all cars tomorrow' })).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent(
      'The facilitator hid your card “Ban all cars tomorrow”: Off topic',
    )
    unmount()
    renderBoard(docs, bo)
    expect(screen.queryByRole('article', { name: 'Ban all cars tomorrow' })).toBeNull()
    expect(screen.queryByText(/hid your card/)).toBeNull()
  })

  it('shows the server’s refusal in the dialog, in the screen’s words', async () => {
    const docs = makeBoardDocs()
    propose(docs, anna, 'Ban all cars tomorrow')
    fakeModerationServer(docs, frida, 'Only a facilitator moderates')
    const user = userEvent.setup()

    renderBoard(docs, frida)
    await user.click(screen.getByRole('button', { name: 'Hide Ban all cars tomorrow' }))
    await user.type(screen.getByLabelText('Why hide it?'), 'Off topic')
    await user.click(screen.getByRole('button', { name: 'Hide card' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role in this workshop does not allow this.',
    )
    expect(screen.getByRole('dialog')).toBeVisible()
  })
})

describe('[P17] merging duplicates', () => {
  it('lists the other cards, says what moves, and merges into the chosen one', async () => {
    const docs = makeBoardDocs()
    const dup = propose(docs, anna, 'More bike lanes')
    const keep = propose(docs, bo, 'Bike lanes to every school')
    propose(docs, bo, 'Solar roofs on schools')
    const { calls } = fakeModerationServer(docs, frida)
    const user = userEvent.setup()

    renderBoard(docs, frida)
    await user.click(
      screen.getByRole('button', { name: 'Merge More bike lanes into another card' }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Merge “More bike lanes” into another card' })
    expect(dialog).toHaveTextContent(
      'The dots and comments on “More bike lanes” move there, and “More bike lanes” leaves the board.',
    )
    const choices = within(dialog).getByRole('group', { name: 'Card that stays' })
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((r) => r.parentElement?.textContent),
    ).toEqual(['Bike lanes to every school', 'Solar roofs on schools'])
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(dialog).toHaveTextContent('Choose a card.')
    expect(calls).toHaveLength(0)

    await user.click(within(choices).getByRole('radio', { name: 'Bike lanes to every school' }))
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }))
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `/api/workshops/w-test/measures/${dup}/merge`,
      body: { into: keep },
    })
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: 'More bike lanes' })).toBeNull(),
    )
    await user.click(screen.getByRole('button', { name: 'Show hidden and merged cards (1)' }))
    expect(screen.getByRole('list', { name: 'Hidden and merged cards' })).toHaveTextContent(
      'Merged into “Bike lanes to every school”',
    )
  })
})

describe('[P18] reporting a card', () => {
  it('asks why, sends the report, says so, and the facilitator sees it with the reason', async () => {
    const docs = makeBoardDocs()
    const id = propose(docs, anna, 'Ban all cars tomorrow')
    const { calls } = fakeModerationServer(docs, bo)
    const user = userEvent.setup()

    const { unmount } = renderBoard(docs, bo)
    await user.click(screen.getByRole('button', { name: 'Report Ban all cars tomorrow' }))
    const dialog = screen.getByRole('dialog', { name: 'Report “Ban all cars tomorrow”' })
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }))
    expect(within(dialog).getByLabelText('What is wrong?')).toHaveAccessibleDescription('Say why.')
    await user.type(within(dialog).getByLabelText('What is wrong?'), 'Insults a neighbour')
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }))
    expect(calls[0]).toMatchObject({
      method: 'POST',
      url: `/api/workshops/w-test/measures/${id}/reports`,
      body: { reason: 'Insults a neighbour' },
    })
    expect(
      await within(card('Ban all cars tomorrow')).findByText(
        'Reported, the facilitator will look at it.',
      ),
    ).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Report Ban all cars tomorrow' })).toBeNull()
    unmount()

    renderBoard(docs, frida)
    expect(card('Ban all cars tomorrow')).toHaveTextContent('1 report')
    const reports = screen.getByRole('region', { name: 'Reported cards (1)' })
    expect(reports).toHaveTextContent('Ban all cars tomorrow')
    expect(reports).toHaveTextContent('Reported once')
    expect(within(reports).getByRole('list', { name: 'Reasons given' })).toHaveTextContent(
      'Insults a neighbour',
    )
  })

  it('is offered to participants and planners on others’ cards, not on their own nor to observers', () => {
    const docs = makeBoardDocs()
    propose(docs, anna, 'Ban all cars tomorrow')
    const { unmount } = renderBoard(docs, anna)
    expect(screen.queryByRole('button', { name: /^Report/ })).toBeNull()
    unmount()
    const second = renderBoard(docs, pia)
    expect(screen.getByRole('button', { name: 'Report Ban all cars tomorrow' })).toBeVisible()
    expect(screen.queryByRole('button', { name: /^Hide/ })).toBeNull()
    second.unmount()
    renderBoard(docs, olle)
    expect(screen.queryByRole('button', { name: /^Report/ })).toBeNull()
  })
})
