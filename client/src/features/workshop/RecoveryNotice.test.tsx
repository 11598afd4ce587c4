import { listAllComments, listMeasures } from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { useRecoveryStore } from '../../sync/recoveryStore.ts'
import { anna, goToPhase, makeBoardDocs, propose, renderBoard } from '../board/boardTestKit.tsx'
import { RecoveryNotice } from './RecoveryNotice.tsx'

const CLOSED = 'refused: new proposals are closed in the Discuss phase'
const NOT_SAVED =
  'Your proposal “Night trams” was not saved: new proposals are closed in the Discuss phase.'

/** Anna's board after her proposal "Night trams" was refused and kept, in the phase `kind`. */
function afterRefusedProposal(kind: 'propose' | 'discuss') {
  const docs = makeBoardDocs()
  goToPhase(docs.control, kind)
  act(() => {
    useRecoveryStore.getState().refused({ doc: 'board', reason: CLOSED })
    useRecoveryStore.getState().offer(
      {
        measures: [
          {
            id: 'm-lost',
            fields: makeMeasureFields({ title: 'Night trams', description: 'Every 20 minutes' }),
          },
        ],
        comments: [],
      },
      CLOSED,
    )
  })
  render(<RecoveryNotice board={docs.board} control={docs.control} me={anna} />)
  return docs
}

describe('RecoveryNotice', () => {
  it('says why a proposal was not saved and sends it again from the reopened form', async () => {
    const user = userEvent.setup()
    const docs = afterRefusedProposal('propose')
    expect(screen.getByRole('alert')).toHaveTextContent(NOT_SAVED)

    await user.click(screen.getByRole('button', { name: 'Open “Night trams” again' }))
    const dialog = screen.getByRole('dialog', { name: 'Add measure' })
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Night trams')
    expect(within(dialog).getByLabelText(/What it changes/)).toHaveValue('Every 20 minutes')
    await user.click(within(dialog).getByRole('button', { name: 'Save measure' }))

    expect(listMeasures(docs.board)).toMatchObject([
      { title: 'Night trams', proposer: { participantId: anna.id } },
    ])
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(useRecoveryStore.getState().measures).toEqual([])
  })

  it('shows the kept proposal while proposals are closed, but does not send it', async () => {
    const user = userEvent.setup()
    const docs = afterRefusedProposal('discuss')
    await user.click(screen.getByRole('button', { name: 'Open “Night trams” again' }))
    const dialog = screen.getByRole('dialog', { name: 'Add measure' })
    expect(within(dialog).getByLabelText('Title')).toHaveValue('Night trams')
    const save = within(dialog).getByRole('button', { name: 'Save measure' })
    expect(save).toBeDisabled()
    expect(save).toHaveAccessibleDescription('Proposals are closed in the Discuss phase.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(listMeasures(docs.board)).toEqual([])
    expect(screen.getByRole('alert')).toHaveTextContent(NOT_SAVED)
  })

  it('lets a kept proposal go', async () => {
    const user = userEvent.setup()
    afterRefusedProposal('propose')
    await user.click(screen.getByRole('button', { name: 'Discard “Night trams”' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says a change was not saved when nothing typed was lost', async () => {
    const user = userEvent.setup()
    const docs = makeBoardDocs()
    act(() => {
      useRecoveryStore.getState().refused({ doc: 'board', reason: 'refused: not a reaction' })
    })
    render(<RecoveryNotice board={docs.board} control={docs.control} me={anna} />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your last change was not saved: not a reaction',
    )
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('a kept comment', () => {
  it('is back in its card’s comment box, ready to post again', async () => {
    const user = userEvent.setup()
    const docs = makeBoardDocs()
    const id = propose(docs, anna, 'Bike lanes')
    act(() => {
      useRecoveryStore.getState().offer(
        {
          measures: [],
          comments: [
            { id: 'c-lost', measureId: id, measureTitle: 'Bike lanes', text: 'On Storgatan too' },
          ],
        },
        'refused: comments are closed in the Vote phase',
      )
    })
    renderBoard(docs, anna)
    const card = screen.getByRole('article', { name: 'Bike lanes' })
    const box = within(card).getByRole('form', { name: 'Add a comment' })
    expect(within(box).getByRole('textbox')).toHaveValue('On Storgatan too')

    await user.click(within(box).getByRole('button', { name: 'Post comment' }))
    expect(listAllComments(docs.board)).toMatchObject([{ text: 'On Storgatan too' }])
    expect(useRecoveryStore.getState().comments).toEqual([])
  })
})
