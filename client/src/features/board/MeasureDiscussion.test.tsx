import { addComment, getMeasure, toggleReaction, withdrawMeasure } from '@pactboard/shared'
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  anna,
  anotherDevice,
  bo,
  frida,
  makeBoardDocs,
  olle,
  propose,
  renderBoard,
} from './boardTestKit.tsx'

/** Anna's board on one device, Bo's doc on another, already in sync. */
function twoDevices() {
  const mine = makeBoardDocs()
  const theirs = anotherDevice(mine)
  const id = propose(theirs, bo, 'Bike lanes to every school')
  renderBoard(mine, anna)
  const card = () => screen.getByRole('article', { name: 'Bike lanes to every school' })
  return { theirs: theirs.board, id, card }
}

/** Anna's and Bo's measures on a board, seen by `me`. */
function annasAndBos(me = anna) {
  const docs = makeBoardDocs()
  const id = propose(docs, anna, 'Anna’s measure')
  propose(docs, bo, 'Bo’s measure')
  renderBoard(docs, me)
  return { doc: docs.board, id }
}

describe('reactions on a measure card', () => {
  it('[P13] toggles a reaction, with its count, and shows others’ reactions live', async () => {
    const { theirs, id, card } = twoDevices()
    act(() => {
      toggleReaction(theirs, { measureId: id, participantId: bo.id, kind: 'support' })
    })
    const support = within(card()).getByRole('button', { name: 'Support, 1' })
    expect(support).toHaveAttribute('aria-pressed', 'false')

    await userEvent.click(support)
    const pressed = within(card()).getByRole('button', { name: 'Remove your support, 2' })
    expect(pressed).toHaveAttribute('aria-pressed', 'true')

    await userEvent.click(pressed)
    expect(within(card()).getByRole('button', { name: 'Support, 1' })).toBeInTheDocument()
    expect(within(card()).getByRole('button', { name: 'Concern, 0' })).toBeInTheDocument()
  })

  it('shows an observer the counts without buttons', () => {
    const docs = makeBoardDocs()
    const id = propose(docs, bo, 'Bike lanes to every school')
    toggleReaction(docs.board, { measureId: id, participantId: bo.id, kind: 'idea' })
    renderBoard(docs, olle)
    const card = screen.getByRole('article', { name: 'Bike lanes to every school' })
    expect(within(card).queryByRole('button', { name: /Good idea/ })).not.toBeInTheDocument()
    expect(card).toHaveTextContent('Good idea, 1')
  })
})

describe('comments on a measure card', () => {
  it('[P13] posts a comment and shows others’ comments live, with author names', async () => {
    const { theirs, id, card } = twoDevices()
    await userEvent.click(within(card()).getByText('Comments (0)'))
    expect(within(card()).getByText('No comments yet.')).toBeInTheDocument()

    const form = within(card()).getByRole('form', { name: 'Add a comment' })
    await userEvent.type(within(form).getByLabelText('Comment'), 'Also to the sports hall?')
    await userEvent.click(within(form).getByRole('button', { name: 'Post comment' }))
    expect(within(form).getByLabelText('Comment')).toHaveValue('')

    act(() => {
      // A minute later, so that the order never hangs on two comments sharing a millisecond.
      const now = new Date(Date.now() + 60_000)
      addComment(theirs, { measureId: id, authorParticipantId: bo.id, text: 'Good point!', now })
    })
    const thread = within(card()).getByRole('list', { name: 'Comments' })
    const items = within(thread).getAllByRole('listitem')
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Anna .*Also to the sports hall\?/),
      expect.stringMatching(/^Bo .*Good point!/),
    ])
    expect(within(card()).getByText('Comments (2)')).toBeInTheDocument()
  })

  it('refuses an empty comment with a message', async () => {
    const { card } = twoDevices()
    await userEvent.click(within(card()).getByText('Comments (0)'))
    await userEvent.click(within(card()).getByRole('button', { name: 'Post comment' }))
    expect(within(card()).getByLabelText('Comment')).toHaveAccessibleDescription(
      'Write something first.',
    )
  })

  it('[P15] lets the author edit and delete their own comment, and only theirs', async () => {
    const { theirs, id, card } = twoDevices()
    act(() => {
      // Times given: two comments in one millisecond would be ordered by their random ids.
      const [first, second] = [new Date('2026-03-03T19:00Z'), new Date('2026-03-03T19:01Z')]
      addComment(theirs, {
        measureId: id,
        authorParticipantId: bo.id,
        text: 'Bo was here',
        now: first,
      })
      addComment(theirs, {
        measureId: id,
        authorParticipantId: anna.id,
        text: 'Anna typo',
        now: second,
      })
    })
    await userEvent.click(within(card()).getByText('Comments (2)'))
    const thread = within(card()).getByRole('list', { name: 'Comments' })
    const [bos, annas] = within(thread).getAllByRole('listitem')
    expect(within(bos!).queryByRole('button')).not.toBeInTheDocument()

    await userEvent.click(within(annas!).getByRole('button', { name: 'Edit comment' }))
    const field = within(annas!).getByLabelText('Edit your comment')
    await userEvent.clear(field)
    await userEvent.type(field, 'Anna, corrected')
    await userEvent.click(within(annas!).getByRole('button', { name: 'Save comment' }))
    expect(annas).toHaveTextContent('Anna, corrected')
    expect(annas).toHaveTextContent('edited')

    await userEvent.click(within(annas!).getByRole('button', { name: 'Delete comment' }))
    expect(annas).toHaveTextContent('Comment removed')
    expect(annas).not.toHaveTextContent('Anna, corrected')
    expect(within(card()).getByText('Comments (1)')).toBeInTheDocument()
  })
})

describe('withdrawing a measure', () => {
  it('[P14] lets the proposer withdraw after confirming; it stays, shown on request', async () => {
    const { doc, id } = annasAndBos(anna)
    expect(screen.getAllByRole('button', { name: /^Withdraw/ })).toHaveLength(1)

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Anna’s measure' }))
    let dialog = screen.getByRole('dialog', { name: 'Withdraw this measure?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(getMeasure(doc, id)?.status).toBe('proposed')

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Anna’s measure' }))
    dialog = screen.getByRole('dialog', { name: 'Withdraw this measure?' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw measure' }))
    expect(getMeasure(doc, id)?.status).toBe('withdrawn')
    expect(screen.queryByRole('article', { name: 'Anna’s measure' })).not.toBeInTheDocument()
    expect(screen.getByText('1 measure · 1,200 tCO₂e per year · €4.8M investment')).toBeVisible()

    const toggle = screen.getByRole('button', { name: 'Show withdrawn (1)' })
    await userEvent.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    const card = screen.getByRole('article', { name: 'Anna’s measure' })
    expect(card).toHaveTextContent('Withdrawn')
    expect(within(card).queryByRole('button', { name: /Edit|Withdraw|Support/ })).toBeNull()
  })

  it('takes a measure its proposer withdraws on another device off the board, live', () => {
    const { theirs, id } = twoDevices()
    act(() => {
      withdrawMeasure(theirs, id, { participantId: bo.id, role: 'participant' })
    })
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show withdrawn (1)' })).toBeInTheDocument()
  })

  it('[P14] offers a facilitator Withdraw on every measure', () => {
    annasAndBos(frida)
    expect(screen.getAllByRole('button', { name: /^Withdraw/ })).toHaveLength(2)
  })
})
