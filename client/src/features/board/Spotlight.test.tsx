import { getAgendaState } from '@pactboard/shared'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { renderInRouter } from '../../test/render.tsx'
import { FollowFacilitator } from '../facilitation/FollowFacilitator.tsx'
import { anna, BoardFor, bo, frida, makeBoardDocs, propose } from './boardTestKit.tsx'

const originalScrollIntoView = Element.prototype.scrollIntoView
afterEach(() => {
  Element.prototype.scrollIntoView = originalScrollIntoView
})

describe('the spotlight on one card', () => {
  it('writes the follow target when the facilitator brings everyone to a card', async () => {
    const docs = makeBoardDocs()
    const id = propose(docs, anna, 'Bike lanes to every school')
    render(<BoardFor docs={docs} me={frida} />)
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Bring everyone to this card: Bike lanes to every school',
      }),
    )
    expect(getAgendaState(docs.control).follow).toEqual({
      view: 'measure',
      measureId: id,
      sequence: 1,
    })
    const card = screen.getByRole('article', { name: 'Bike lanes to every school' })
    expect(card).toHaveClass('card--spotlight')
    expect(card).toHaveTextContent('The facilitator is showing this card')
  })

  it('takes a participant’s board to the card, marks it and scrolls to it', async () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    const docs = makeBoardDocs()
    propose(docs, bo, 'Solar roofs on schools')
    const id = propose(docs, anna, 'Bike lanes to every school')
    const { router } = renderInRouter(
      <>
        <FollowFacilitator control={docs.control} provider={null} workshopId="w-1" />
        <BoardFor docs={docs} me={bo} />
      </>,
    )
    await act(() => router.navigate('/w/w-1'))
    const facilitator = render(<BoardFor docs={docs} me={frida} />)
    await userEvent.click(
      within(facilitator.container).getByRole('button', {
        name: 'Bring everyone to this card: Bike lanes to every school',
      }),
    )

    expect(router.state.location.search).toBe(`?measure=${id}`)
    const cards = screen.getAllByRole('article', { name: 'Bike lanes to every school' })
    const onBo = cards.find((card) => !facilitator.container.contains(card))!
    expect(onBo).toHaveAttribute('aria-current', 'true')
    expect(onBo).toHaveTextContent('The facilitator is showing this card')
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    expect(scrollIntoView.mock.contexts[0]).toBe(onBo)
    expect(onBo).toHaveFocus()
    const others = screen.getAllByRole('article', { name: 'Solar roofs on schools' })
    for (const other of others) expect(other).not.toHaveAttribute('aria-current')
  })
})
