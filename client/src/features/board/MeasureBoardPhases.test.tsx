import {
  type AgendaState,
  getAgendaState,
  type Participant,
  setBoardLocked,
} from '@pactboard/shared'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { proposeClosedReason } from '../../i18n/phaseText.ts'
import { i18n as i18next } from '../../i18n/texts.ts'
import type { BoardDocs } from '../../sync/useBoard.ts'
import {
  anna,
  frida,
  goToPhase,
  makeBoardDocs,
  propose,
  renderBoard,
  seedCitizenAgenda,
} from './boardTestKit.tsx'

/** [P16] "Show only what is possible now": the phase decides a participant's card buttons. */

function inPhase(kind: string) {
  const docs = makeBoardDocs()
  goToPhase(docs.control, kind)
  propose(docs, anna, 'Bike lanes to every school')
  return docs
}

function renderAs(docs: BoardDocs, me: Participant = anna) {
  const reason = me.role === 'facilitator' ? null : closedReason(getAgendaState(docs.control))
  renderBoard(docs, me, { proposeClosedReason: reason })
  return screen.getByRole('article', { name: 'Bike lanes to every school' })
}

const closedReason = (state: AgendaState) => proposeClosedReason(i18next.t, state)

async function openComments(card: HTMLElement) {
  await userEvent.click(within(card).getByText(/^Comments/))
}

describe('[P16] card buttons follow the phase', () => {
  it('a participant in the Vote phase: no Add, Edit, Withdraw, comment box or reactions', async () => {
    const card = renderAs(inPhase('vote'))
    expect(screen.getByRole('button', { name: 'Add measure' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Add measure' })).toHaveAccessibleDescription(
      'Proposals are closed in the Vote phase.',
    )
    expect(within(card).queryByRole('button', { name: /^Edit/ })).toBeNull()
    expect(within(card).queryByRole('button', { name: /^Withdraw/ })).toBeNull()
    expect(within(card).queryByRole('button', { name: /^Support/ })).toBeNull()
    await openComments(card)
    expect(within(card).queryByRole('button', { name: 'Post comment' })).toBeNull()
  })

  it('a participant in the Discuss phase edits and comments, but does not propose', async () => {
    const card = renderAs(inPhase('discuss'))
    expect(screen.getByRole('button', { name: 'Add measure' })).toHaveAccessibleDescription(
      'Proposals are closed in the Discuss phase.',
    )
    expect(
      within(card).getByRole('button', { name: 'Edit Bike lanes to every school' }),
    ).toBeVisible()
    expect(within(card).getByRole('button', { name: /^Support/ })).toBeVisible()
    await openComments(card)
    expect(within(card).getByRole('button', { name: 'Post comment' })).toBeVisible()
  })

  it('a facilitator in the Vote phase still adds, edits, withdraws and comments', async () => {
    const card = renderAs(inPhase('vote'), frida)
    expect(screen.getByRole('button', { name: 'Add measure' })).toBeEnabled()
    expect(
      within(card).getByRole('button', { name: 'Edit Bike lanes to every school' }),
    ).toBeVisible()
    expect(
      within(card).getByRole('button', { name: 'Withdraw Bike lanes to every school' }),
    ).toBeVisible()
    await openComments(card)
    expect(within(card).getByRole('button', { name: 'Post comment' })).toBeVisible()
  })

  it('says why proposing is closed: open in Propose, the phase in Vote, the lock when locked', () => {
    const control = seedCitizenAgenda()
    expect(closedReason(getAgendaState(control))).toBeNull()
    goToPhase(control, 'propose')
    expect(closedReason(getAgendaState(control))).toBeNull()
    goToPhase(control, 'vote')
    expect(closedReason(getAgendaState(control))).toBe('Proposals are closed in the Vote phase.')
    goToPhase(control, 'propose')
    setBoardLocked(control, true)
    expect(closedReason(getAgendaState(control))).toBe(i18next.t('workshop.boardLocked'))
  })
})
