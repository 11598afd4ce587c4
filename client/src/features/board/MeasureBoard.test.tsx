import { addActor, addMeasure, registerParticipant, updateMeasure } from '@pactboard/shared'
import { makeBoardDoc, makeMeasureFields, makeParticipant } from '@pactboard/shared/test/fixtures'
import { act, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { TEST_API } from '../../test/render.tsx'
import { MeasureBoard } from './MeasureBoard.tsx'

const anna = makeParticipant({ id: 'p-anna', displayName: 'Anna' })
const bo = makeParticipant({ id: 'p-bo', displayName: 'Bo' })
const facilitator = makeParticipant({ id: 'p-fac', displayName: 'Frida', role: 'facilitator' })

function makeLedger() {
  const ledger = new Y.Doc()
  for (const p of [anna, bo, facilitator]) registerParticipant(ledger, p)
  return ledger
}

/** Two docs wired like two browsers behind a server: every update reaches the other. */
function connect(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== b) Y.applyUpdate(b, update, a)
  })
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== a) Y.applyUpdate(a, update, b)
  })
}

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
    render(
      <MeasureBoard
        board={doc}
        ledger={makeLedger()}
        control={new Y.Doc()}
        api={TEST_API}
        me={anna}
        canWrite
      />,
    )

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
    const mine = new Y.Doc()
    const theirs = new Y.Doc()
    connect(mine, theirs)
    render(
      <MeasureBoard
        board={mine}
        ledger={makeLedger()}
        control={new Y.Doc()}
        api={TEST_API}
        me={anna}
        canWrite
      />,
    )
    expect(screen.queryByRole('article')).not.toBeInTheDocument()

    let id = ''
    act(() => {
      id = addMeasureAs(theirs, bo.id, 'Bike lanes to every school')
    })
    const card = screen.getByRole('article', { name: 'Bike lanes to every school' })
    expect(card).toHaveTextContent('Proposed by Bo')

    act(() => {
      updateMeasure(theirs, id, { title: 'Safe bike lanes to every school' })
    })
    expect(
      screen.getByRole('article', { name: 'Safe bike lanes to every school' }),
    ).toBeInTheDocument()
  })

  it('names the organisation a proposer represents', () => {
    const { doc } = makeBoardDoc()
    const actor = addActor(doc, { name: 'Umeå Energi', kind: 'utility' })
    const erik = makeParticipant({
      id: 'p-erik',
      displayName: 'Erik',
      role: 'company',
      actorId: actor.id,
    })
    const ledger = makeLedger()
    registerParticipant(ledger, erik)
    addMeasureAs(doc, erik.id, 'District heating from waste heat', actor.id)
    render(
      <MeasureBoard
        board={doc}
        ledger={ledger}
        control={new Y.Doc()}
        api={TEST_API}
        me={anna}
        canWrite
      />,
    )
    expect(
      screen.getByRole('article', { name: 'District heating from waste heat' }),
    ).toHaveTextContent('Proposed by Erik (Umeå Energi)')
  })

  it('offers Edit on your own measures, and on all of them to a facilitator', () => {
    const doc = new Y.Doc()
    addMeasureAs(doc, anna.id, 'Anna’s measure')
    addMeasureAs(doc, bo.id, 'Bo’s measure')
    const { unmount } = render(
      <MeasureBoard
        board={doc}
        ledger={makeLedger()}
        control={new Y.Doc()}
        api={TEST_API}
        me={anna}
        canWrite
      />,
    )
    expect(
      screen.getAllByRole('button', { name: /^Edit/ }).map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Edit Anna’s measure'])
    unmount()
    render(
      <MeasureBoard
        board={doc}
        ledger={makeLedger()}
        control={new Y.Doc()}
        api={TEST_API}
        me={facilitator}
        canWrite
      />,
    )
    expect(screen.getAllByRole('button', { name: /^Edit/ })).toHaveLength(2)
  })

  it('offers no writing to someone who may not write the board', () => {
    const { doc } = makeBoardDoc([{ title: 'Solar roofs' }])
    const observer = makeParticipant({ id: 'p-obs', role: 'observer' })
    render(
      <MeasureBoard
        board={doc}
        ledger={makeLedger()}
        control={new Y.Doc()}
        api={TEST_API}
        me={observer}
        canWrite={false}
      />,
    )
    expect(screen.queryByRole('button', { name: 'Add measure' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument()
  })
})

function addMeasureAs(
  doc: Y.Doc,
  participantId: string,
  title: string,
  actorId: string | null = null,
) {
  const fields = makeMeasureFields({ title })
  return addMeasure(doc, { fields, proposer: { participantId, actorId } }).id
}
