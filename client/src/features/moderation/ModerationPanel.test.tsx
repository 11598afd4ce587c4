import { getSilentMode, isPreModerationOn, startSilentMode } from '@pactboard/shared'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { anna, BoardFor, bo, frida, makeBoardDocs, pia, propose } from '../board/boardTestKit.tsx'
import { fakeModerationServer } from './moderationTestKit.tsx'

afterEach(() => vi.unstubAllGlobals())

const NOT_PRIVACY =
  "Silent mode is not a privacy feature: it only hides new proposals on screens; everyone's proposals are still in the workshop's data."
const SILENT_NOTICE =
  "Silent mode: you see your own new proposals; everyone's appear when the facilitator reveals them."

describe('the moderation panel', () => {
  it('[P17] switches pre-moderation through the API and keeps the queue, approving from there', async () => {
    const docs = makeBoardDocs()
    const { calls } = fakeModerationServer(docs, frida)
    const user = userEvent.setup()
    render(<BoardFor docs={docs} me={frida} />)

    const panel = screen.getByRole('region', { name: 'Moderation' })
    const toggle = within(panel).getByRole('switch', {
      name: 'Approve proposals before everyone sees them',
    })
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(calls[0]).toMatchObject({
      method: 'PUT',
      url: '/api/workshops/w-test/moderation',
      body: { preModeration: true },
    })
    await waitFor(() => expect(toggle).toBeChecked())
    expect(isPreModerationOn(docs.ledger)).toBe(true)
    expect(
      within(panel).getByRole('region', { name: 'Waiting for approval (0)' }),
    ).toHaveTextContent('No proposals are waiting.')

    act(() => {
      propose(docs, anna, 'Bike lanes to every school')
      propose(docs, bo, 'Solar roofs on schools')
    })
    const queue = within(panel).getByRole('region', { name: 'Waiting for approval (2)' })
    expect(queue).toHaveTextContent('Proposed by Anna')
    await user.click(
      within(queue).getByRole('button', { name: 'Approve Bike lanes to every school' }),
    )
    expect(
      await within(panel).findByRole('region', { name: 'Waiting for approval (1)' }),
    ).not.toHaveTextContent('Bike lanes to every school')
    expect(within(panel).getByRole('button', { name: 'Hide Solar roofs on schools' })).toBeVisible()
  })

  it('is the facilitator’s only: a planner sees no moderation controls', () => {
    const docs = makeBoardDocs()
    propose(docs, anna, 'Bike lanes to every school')
    render(<BoardFor docs={docs} me={pia} />)
    expect(screen.queryByRole('region', { name: 'Moderation' })).toBeNull()
    expect(screen.queryByRole('switch')).toBeNull()
    expect(screen.queryByRole('button', { name: /Bring everyone/ })).toBeNull()
  })
})

describe('silent mode', () => {
  it('hides others’ new cards from a participant until the facilitator reveals them', async () => {
    const docs = makeBoardDocs()
    propose(docs, bo, 'Solar roofs on schools')
    const user = userEvent.setup()
    render(
      <>
        <BoardFor docs={docs} me={frida} />
        <BoardFor docs={docs} me={anna} />
      </>,
    )
    const [facilitatorBoard, annaBoard] = screen.getAllByRole('region', { name: /^Measures/ })
    const silent = within(facilitatorBoard!).getByRole('region', { name: 'Silent mode' })
    expect(silent).toHaveTextContent(NOT_PRIVACY)
    await user.click(within(silent).getByRole('button', { name: 'Start silent mode' }))
    expect(getSilentMode(docs.control).on).toBe(true)
    expect(within(annaBoard!).getByRole('status')).toHaveTextContent(SILENT_NOTICE)

    act(() => {
      propose(docs, bo, 'Car-free Sundays')
      propose(docs, anna, 'Bike lanes to every school')
    })
    const annaSees = () =>
      within(annaBoard!)
        .getAllByRole('article')
        .map((a) => a.querySelector('h4')?.textContent)
    expect(annaSees().sort()).toEqual(['Bike lanes to every school', 'Solar roofs on schools'])
    expect(within(facilitatorBoard!).getAllByRole('article')).toHaveLength(3)
    expect(silent).toHaveTextContent(
      'Silent mode is on: 2 new proposals are hidden from participants.',
    )
    expect(silent).toHaveTextContent(NOT_PRIVACY)

    await user.click(within(silent).getByRole('button', { name: 'Reveal all proposals' }))
    expect(getSilentMode(docs.control).on).toBe(false)
    expect(annaSees()).toHaveLength(3)
    expect(within(annaBoard!).queryByText(SILENT_NOTICE)).toBeNull()
  })

  it('tells a planner, who sees everything, that participants do not', () => {
    const docs = makeBoardDocs()
    startSilentMode(docs.control, [])
    propose(docs, bo, 'Solar roofs on schools')
    render(<BoardFor docs={docs} me={pia} />)
    expect(screen.getByRole('article', { name: 'Solar roofs on schools' })).toBeVisible()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Silent mode is on: participants see only their own new proposals',
    )
  })
})
