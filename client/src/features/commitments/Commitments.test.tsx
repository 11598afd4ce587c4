import { addActor, type Commitment, recordCommitment, registerParticipant } from '@pactboard/shared'
import { makeBoardDoc, makeParticipant } from '@pactboard/shared/test/fixtures'
import { type RenderResult, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { goToPhase } from '../board/boardTestKit.tsx'
import { CommitmentsSection } from './CommitmentsSection.tsx'
import { groupCommitments } from './groupCommitments.ts'

function commitment(overrides: Partial<Commitment>): Commitment {
  return {
    id: 'c-1',
    actorId: 'a-1',
    measureId: null,
    text: 'We electrify our fleet',
    target: { value: 100, unit: '% electric vans', year: 2028, tCO2eEquivalent: null },
    signedBy: 'p-cecilia',
    signedAt: '2026-03-03T18:00:00.000Z',
    withdrawn: null,
    measureStatusBefore: null,
    ...overrides,
  }
}

function setup() {
  const { doc: board } = makeBoardDoc([{ title: 'Bus lanes' }])
  const energi = addActor(board, { name: 'Umeå Energi', kind: 'utility' })
  const bakery = addActor(board, { name: 'Alvik bakery', kind: 'sme' })
  const ledger = new Y.Doc()
  const cecilia = makeParticipant({
    id: 'p-cecilia',
    displayName: 'Cecilia',
    role: 'company',
    actorId: energi.id,
  })
  registerParticipant(ledger, cecilia)
  registerParticipant(ledger, makeParticipant({ id: 'p-bo', displayName: 'Bo', role: 'company' }))
  const control = new Y.Doc()
  /** Cecilia's view of the commitments, as the board and the plan screens show it. */
  const renderSection = (): RenderResult =>
    render(
      <CommitmentsSection
        board={board}
        ledger={ledger}
        control={control}
        me={cecilia}
        api={{ workshopId: 'w-1', token: 'tok' }}
      />,
    )
  return { board, ledger, control, cecilia, energi, bakery, renderSection }
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('groupCommitments', () => {
  it('groups by actor, actors by name, each oldest first', () => {
    const groups = groupCommitments(
      [
        commitment({ id: 'c-1', actorId: 'a-2' }),
        commitment({ id: 'c-2', actorId: 'a-1' }),
        commitment({ id: 'c-3', actorId: 'a-2' }),
        commitment({ id: 'c-4', actorId: 'a-gone' }),
      ],
      [{ id: 'a-1', name: 'Umeå Energi' } as never, { id: 'a-2', name: 'Alvik bakery' } as never],
      'Unknown organisation',
    )
    expect(groups.map((g) => [g.actorName, g.commitments.map((c) => c.id)])).toEqual([
      ['Alvik bakery', ['c-1', 'c-3']],
      ['Umeå Energi', ['c-2']],
      ['Unknown organisation', ['c-4']],
    ])
  })
})

describe('commitments', () => {
  it('validates the form before anything is sent', async () => {
    const { renderSection } = setup()
    const fetchMock = vi.fn()
    vi.stubGlobal('fetch', fetchMock)
    renderSection()
    await userEvent.type(screen.getByLabelText('What your organisation commits to'), 'No')
    await userEvent.type(screen.getByLabelText('By year'), '1999')
    await userEvent.click(screen.getByRole('button', { name: 'Sign commitment' }))

    expect(screen.getByLabelText('What your organisation commits to')).toHaveAccessibleDescription(
      /Enter at least 3 characters./,
    )
    expect(screen.getByLabelText('Target value')).toHaveAccessibleDescription('Enter a number.')
    expect(screen.getByLabelText('Unit')).toHaveAccessibleDescription(/This field is required./)
    expect(screen.getByLabelText('By year')).toHaveAccessibleDescription('Enter 2000 or more.')
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('signs for the representative’s own organisation', async () => {
    const { energi, renderSection } = setup()
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ commitment: commitment({}) }), { status: 201 }),
    )
    vi.stubGlobal('fetch', fetchMock)
    renderSection()
    await userEvent.type(
      screen.getByLabelText('What your organisation commits to'),
      'We electrify our fleet',
    )
    await userEvent.selectOptions(screen.getByLabelText('Measure it contributes to'), 'Bus lanes')
    await userEvent.type(screen.getByLabelText('Target value'), '100')
    await userEvent.type(screen.getByLabelText('Unit'), '% electric vans')
    await userEvent.type(screen.getByLabelText('By year'), '2028')
    await userEvent.click(screen.getByRole('button', { name: 'Sign commitment' }))

    expect(await screen.findByText('Commitment signed.')).toBeVisible()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-1/commitments')
    expect(JSON.parse(String(init.body))).toMatchObject({
      actorId: energi.id,
      text: 'We electrify our fleet',
      target: { value: 100, unit: '% electric vans', year: 2028 },
    })
  })

  it('withdraws after a confirmation', async () => {
    const { ledger, energi, renderSection } = setup()
    recordCommitment(ledger, commitment({ id: 'c-9', actorId: energi.id }))
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({}), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    renderSection()
    await userEvent.click(
      screen.getByRole('button', { name: 'Withdraw the commitment “We electrify our fleet”' }),
    )
    const dialog = screen.getByRole('dialog', { name: 'Withdraw this commitment?' })
    expect(fetchMock).not.toHaveBeenCalled()
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw' }))
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect([init.method, url]).toEqual(['DELETE', '/api/workshops/w-1/commitments/c-9'])
  })

  it('lists the register by organisation, withdrawn ones struck, Withdraw only for my own', () => {
    const { ledger, energi, bakery, renderSection } = setup()
    recordCommitment(ledger, commitment({ id: 'c-1', actorId: energi.id }))
    recordCommitment(
      ledger,
      commitment({
        id: 'c-2',
        actorId: energi.id,
        text: 'Waste heat to the grid',
        withdrawn: { by: 'p-cecilia', at: '2026-03-04T10:00:00.000Z' },
      }),
    )
    recordCommitment(
      ledger,
      commitment({ id: 'c-3', actorId: bakery.id, text: 'Bake with biogas', signedBy: 'p-bo' }),
    )
    renderSection()
    const energiGroup = screen.getByRole('region', { name: 'Umeå Energi' })
    const bakeryGroup = screen.getByRole('region', { name: 'Alvik bakery' })
    expect(within(bakeryGroup).getByText('Bake with biogas')).toBeVisible()
    expect(within(bakeryGroup).getByText(/Signed by Bo on Mar 3, 2026/)).toBeVisible()
    expect(within(bakeryGroup).queryByRole('button')).not.toBeInTheDocument()

    const withdrawn = within(energiGroup).getByText('Waste heat to the grid')
    expect(withdrawn.closest('del')).not.toBeNull()
    expect(within(energiGroup).getByText(/withdrawn by Cecilia on Mar 4, 2026/)).toBeVisible()
    expect(within(energiGroup).getAllByRole('button', { name: /Withdraw/ })).toHaveLength(1)
  })

  it('[P16] says why signing is closed in a phase that does not allow it, and offers no form', () => {
    const { control, renderSection } = setup()
    goToPhase(control, 'propose')
    renderSection()
    expect(
      screen.getByText('Signing commitments is closed in the Propose phase.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sign commitment' })).toBeNull()
  })

  it('signs a target in another unit with its tCO2e equivalent, and the register says both', async () => {
    const { ledger, energi, renderSection } = setup()
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ commitment: commitment({}) }), { status: 201 }),
    )
    vi.stubGlobal('fetch', fetchMock)
    renderSection()
    await userEvent.type(screen.getByLabelText('What your organisation commits to'), 'Cargo bikes')
    await userEvent.type(screen.getByLabelText('Target value'), '40')
    await userEvent.type(screen.getByLabelText('Unit'), 'cargo bikes')
    await userEvent.type(screen.getByLabelText('By year'), '2028')
    await userEvent.type(screen.getByLabelText('Equivalent in tCO₂e a year'), '62')
    await userEvent.click(screen.getByRole('button', { name: 'Sign commitment' }))
    // an equivalent without its method is not sent
    expect(fetchMock).not.toHaveBeenCalled()
    expect(screen.getByLabelText('How the equivalent was worked out')).toHaveAccessibleDescription(
      /Enter at least 3 characters./,
    )
    await userEvent.type(
      screen.getByLabelText('How the equivalent was worked out'),
      '40 bikes × 9,000 km a year replacing vans',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign commitment' }))
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(JSON.parse(String(init.body)).target).toEqual({
      value: 40,
      unit: 'cargo bikes',
      year: 2028,
      tCO2eEquivalent: { tCO2ePerYear: 62, method: '40 bikes × 9,000 km a year replacing vans' },
    })

    recordCommitment(
      ledger,
      commitment({
        id: 'c-7',
        actorId: energi.id,
        text: 'Cargo bikes',
        target: {
          value: 40,
          unit: 'cargo bikes',
          year: 2028,
          tCO2eEquivalent: { tCO2ePerYear: 62, method: 'bikes replacing vans' },
        },
      }),
    )
    expect(
      await screen.findByText(
        /Target: 40 cargo bikes by 2028 ≈ 62 tCO₂e a year \(bikes replacing vans\)/,
      ),
    ).toBeVisible()
  })

  it('[P25] lets the representative complete their organisation’s signatory, not rename it', async () => {
    const { energi, renderSection } = setup()
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ organisation: energi }), { status: 200 }),
    )
    vi.stubGlobal('fetch', fetchMock)
    renderSection()
    await userEvent.click(screen.getByText('Your organisation’s details'))
    expect(screen.queryByLabelText('Name')).toBeNull()
    await userEvent.type(screen.getByLabelText('Signatory’s name'), 'Cecilia Berg')
    await userEvent.type(screen.getByLabelText('Signatory’s position'), 'CEO')
    await userEvent.type(screen.getByLabelText('Organisation number'), '556000-1234')
    await userEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByText('Saved.')).toBeVisible()
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect([init.method, url]).toEqual(['PATCH', `/api/workshops/w-1/organisations/${energi.id}`])
    expect(JSON.parse(String(init.body))).toEqual({
      orgNumber: '556000-1234',
      sector: '',
      legalForm: '',
      responsiblePerson: 'Cecilia Berg',
      position: 'CEO',
    })
  })

  it('[P7] offers the register as XLSX and CSV to planners, fetched with their token', async () => {
    const { board, ledger, control } = setup()
    const fetchMock = vi.fn(
      async () =>
        new Response('x', {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="umea-register.csv"' },
        }),
    )
    vi.stubGlobal('fetch', fetchMock)
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL() {} }),
    )
    const planner = makeParticipant({ id: 'p-pia', displayName: 'Pia', role: 'planner' })
    render(
      <CommitmentsSection
        board={board}
        ledger={ledger}
        control={control}
        me={planner}
        api={{ workshopId: 'w-1', token: 'tok' }}
      />,
    )
    await userEvent.click(
      screen.getByRole('button', { name: 'Download the commitments register as CSV' }),
    )
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/workshops/w-1/commitments/export?format=csv&lang=en')
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok')
  })

  it('offers no register download to a company representative', () => {
    setup().renderSection()
    expect(screen.queryByRole('button', { name: /Download the commitments register/ })).toBeNull()
  })
})
