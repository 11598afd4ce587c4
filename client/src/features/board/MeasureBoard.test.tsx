import { addActor, registerParticipant, updateMeasure } from '@pactboard/shared'
import { makeBoardDoc, makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, screen, within } from '@testing-library/react'
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

    const mobility = screen.getByRole('region', { name: /Mobility and transport/ })
    const card = within(mobility).getByRole('article', { name: 'Car-free city centre' })
    expect(within(card).getByRole('heading', { name: 'Car-free city centre' })).toBeInTheDocument()
    expect(card).toHaveTextContent('Proposed by Anna')
    expect(card).toHaveTextContent('2,500 tCO₂e/yr')
    expect(card).toHaveTextContent('€1.2M')
    expect(card).toHaveTextContent('Governance and policy')
    expect(card).toHaveTextContent('Transport')
    expect(card).toHaveTextContent('Proposed')
    const energy = screen.getByRole('region', { name: /Energy systems/ })
    expect(within(energy).getAllByRole('article')).toHaveLength(1)
    expect(screen.queryByRole('region', { name: /Land use/ })).not.toBeInTheDocument()
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
})
