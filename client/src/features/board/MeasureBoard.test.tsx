import { addActor, registerParticipant, updateMeasure } from '@pactboard/shared'
import { makeBoardDoc, makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
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

describe('measure board', () => {
  it('groups cards by field of action, with title, proposer, figures and status', () => {
    const { doc } = makeBoardDoc([
      { title: 'Solar roofs on every school', fieldOfAction: 'energy_systems' },
      {
        title: 'Car-free city centre',
        fieldOfAction: 'mobility_transport',
        systemicLevers: ['governance_policy'],
        emissionSectors: ['transport'],
        reduction: { ...makeMeasureFields().reduction, tCO2ePerYearBySector: { transport: 2500 } },
        cost: { capexEur: 1_200_000, opexEurPerYear: 0, funding: [] },
      },
    ])
    renderBoard(makeBoardDocs(doc), anna)

    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Energy systems1 measure · 1,200 tCO₂e/yr',
      'Mobility and transport1 measure · 2,500 tCO₂e/yr',
    ])
    const card = screen.getByRole('article', { name: 'Car-free city centre' })
    expect(within(card).getByRole('heading', { name: 'Car-free city centre' })).toBeInTheDocument()
    expect(card).toHaveTextContent('Proposed by Anna')
    expect(card).toHaveTextContent('2,500 tCO₂e/yr')
    expect(card).toHaveTextContent('€1.2M')
    expect(card).toHaveTextContent('Governance and policy')
    expect(card).toHaveTextContent('Transport')
    expect(card).toHaveTextContent('Proposed')
    expect(screen.getAllByRole('article')).toHaveLength(2)
    expect(screen.queryByRole('heading', { name: /Land use/ })).not.toBeInTheDocument()
  })

  it('shows a measure someone else adds, live, and their edits', () => {
    const mine = makeBoardDocs()
    const theirs = anotherDevice(mine)
    renderBoard(mine, anna)
    expect(screen.queryByRole('article')).not.toBeInTheDocument()

    let id = ''
    act(() => {
      id = propose(theirs, bo, 'Bike lanes to every school')
    })
    const card = screen.getByRole('article', { name: 'Bike lanes to every school' })
    expect(card).toHaveTextContent('Proposed by Bo')

    act(() => {
      updateMeasure(theirs.board, id, { title: 'Safe bike lanes to every school' })
    })
    expect(
      screen.getByRole('article', { name: 'Safe bike lanes to every school' }),
    ).toBeInTheDocument()
  })

  it('names the organisation a proposer represents', () => {
    const docs = makeBoardDocs()
    const actor = addActor(docs.board, { name: 'Umeå Energi', kind: 'utility' })
    const erik = makeParticipant({
      id: 'p-erik',
      displayName: 'Erik',
      role: 'company',
      actorId: actor.id,
    })
    registerParticipant(docs.ledger, erik)
    propose(docs, erik, 'District heating from waste heat')
    renderBoard(docs, anna)
    expect(
      screen.getByRole('article', { name: 'District heating from waste heat' }),
    ).toHaveTextContent('Proposed by Erik (Umeå Energi)')
  })

  it('offers Edit on your own measures, and on all of them to a facilitator', () => {
    const docs = makeBoardDocs()
    propose(docs, anna, 'Anna’s measure')
    propose(docs, bo, 'Bo’s measure')
    const { unmount } = renderBoard(docs, anna)
    expect(
      screen.getAllByRole('button', { name: /^Edit/ }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Edit Anna’s measure'])
    unmount()
    renderBoard(docs, frida)
    expect(screen.getAllByRole('button', { name: /^Edit/ })).toHaveLength(2)
  })

  it('offers no writing to someone who may not write the board', () => {
    const { doc } = makeBoardDoc([{ title: 'Solar roofs' }])
    renderBoard(makeBoardDocs(doc), olle, { canWrite: false })
    expect(screen.queryByRole('button', { name: 'Add measure' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument()
  })

  it('finds cards by search and shows my proposals with one tap, and keeps that view per person', async () => {
    const docs = makeBoardDocs()
    propose(docs, anna, 'Car-free school streets')
    propose(docs, bo, 'Night trams on weekends')
    propose(docs, bo, 'Solar roofs on schools')
    const { unmount } = renderBoard(docs, anna)
    const titles = () =>
      screen.getAllByRole('article').map((a) => a.querySelector('h4')?.textContent)

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search cards' }), 'TRAMS')
    expect(titles()).toEqual(['Night trams on weekends'])
    expect(screen.getByText('Showing 1 of 3 cards.')).toBeInTheDocument()
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search cards' }))

    await userEvent.click(screen.getByRole('button', { name: 'My proposals' }))
    expect(titles()).toEqual(['Car-free school streets'])
    unmount()

    // Anna comes back to her view; Bo has his own.
    const again = renderBoard(docs, anna)
    expect(screen.getByRole('button', { name: 'My proposals' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(titles()).toEqual(['Car-free school streets'])
    again.unmount()
    renderBoard(docs, bo)
    expect(titles()).toHaveLength(3)
  })

  it('orders and groups as asked: by sector, the largest reduction first', async () => {
    const { doc } = makeBoardDoc([
      {
        title: 'Bus lanes',
        fieldOfAction: 'mobility_transport',
        emissionSectors: ['transport'],
        reduction: { ...makeMeasureFields().reduction, tCO2ePerYearBySector: { transport: 10 } },
      },
      { title: 'Heat pumps', emissionSectors: ['stationary_energy'] },
      {
        title: 'Tram line',
        fieldOfAction: 'mobility_transport',
        emissionSectors: ['transport'],
        reduction: { ...makeMeasureFields().reduction, tCO2ePerYearBySector: { transport: 900 } },
      },
    ])
    renderBoard(makeBoardDocs(doc), anna)
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Group' }),
      'By emission sector',
    )
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sort' }),
      'Largest reduction',
    )
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((h) => h.firstChild?.textContent),
    ).toEqual(['Stationary energy', 'Transport'])
    expect(screen.getAllByRole('article').map((a) => a.querySelector('h4')?.textContent)).toEqual([
      'Heat pumps',
      'Tram line',
      'Bus lanes',
    ])
  })
})
