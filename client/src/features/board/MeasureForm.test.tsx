import { listMeasures, updateMeasure } from '@pactboard/shared'
import { makeBoardDoc } from '@pactboard/shared/test/fixtures'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { anna, makeBoardDocs, renderBoard } from './boardTestKit.tsx'

/** Anna's board, to add and edit measures on; the board doc, to read what the form wrote. */
function annasBoard(board = new Y.Doc()) {
  renderBoard(makeBoardDocs(board), anna)
  return board
}

async function openAddForm() {
  await userEvent.click(screen.getByRole('button', { name: 'Add measure' }))
  return screen.getByRole('dialog', { name: 'Add measure' })
}

describe('measure form', () => {
  it('explains what is wrong, on the field, and writes nothing', async () => {
    const board = annasBoard()
    const dialog = await openAddForm()
    await userEvent.type(within(dialog).getByLabelText('Title'), 'ab')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save measure' }))

    const title = within(dialog).getByLabelText('Title')
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription('Enter at least 3 characters.')
    expect(title).toHaveFocus()
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Please correct the 2 fields marked below.',
    )
    expect(within(dialog).getByRole('group', { name: 'Field of action' })).toHaveTextContent(
      'Choose the field of action your proposal belongs to.',
    )
    expect(listMeasures(board)).toEqual([])
  })

  it('opens the section of a field with an error: an end year before the start year', async () => {
    annasBoard()
    const dialog = await openAddForm()
    await userEvent.type(within(dialog).getByLabelText('Title'), 'Tram line to the hospital')
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Mobility and transport' }))
    await userEvent.click(within(dialog).getByText('Type and timeline'))
    await userEvent.type(within(dialog).getByLabelText('Start year'), '2030')
    await userEvent.type(within(dialog).getByLabelText('End year'), '2027')
    await userEvent.click(within(dialog).getByText('Type and timeline')) // closed again
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save measure' }))

    const endYear = within(dialog).getByLabelText('End year')
    expect(endYear).toHaveAccessibleDescription('The end year cannot be before the start year.')
    expect(endYear.closest('details')).toHaveAttribute('open')
    expect(endYear).toHaveFocus()
  })

  it('adds a measure with its essentials into the board doc', async () => {
    const board = annasBoard()
    const dialog = await openAddForm()
    const form = within(dialog)
    await userEvent.type(form.getByLabelText('Title'), 'Car-free city centre')
    await userEvent.type(
      form.getByLabelText('What it changes'),
      'No through traffic inside the ring road.',
    )
    await userEvent.click(form.getByRole('radio', { name: 'Mobility and transport' }))
    await userEvent.click(form.getByText(/^Figures \(optional\)/))
    await userEvent.click(form.getByRole('checkbox', { name: 'Governance and policy' }))
    await userEvent.click(form.getByRole('checkbox', { name: 'Transport' }))
    await userEvent.type(form.getByLabelText('Reduction in Transport (tCO₂e per year)'), '2500')
    await userEvent.type(form.getByLabelText('Investment (capex, €)'), '1200000')
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const [measure] = listMeasures(board)
    expect(measure).toMatchObject({
      title: 'Car-free city centre',
      description: 'No through traffic inside the ring road.',
      fieldOfAction: 'mobility_transport',
      systemicLevers: ['governance_policy'],
      emissionSectors: ['transport'],
      reduction: { tCO2ePerYearBySector: { transport: 2500 } },
      cost: { capexEur: 1_200_000 },
      status: 'proposed',
      proposer: { participantId: 'p-anna', actorId: null },
    })
    const card = screen.getByRole('article', { name: 'Car-free city centre' })
    expect(card).toHaveTextContent('2,500 tCO₂e/yr')
    expect(screen.getByRole('button', { name: 'Add measure' })).toHaveFocus()
  }, 15_000)

  it('fills in the rest of the action outline: timeline, funding, co-benefits, tags', async () => {
    const board = annasBoard()
    const form = within(await openAddForm())
    await userEvent.type(form.getByLabelText('Title'), 'Biogas buses')
    await userEvent.click(form.getByRole('radio', { name: 'Mobility and transport' }))
    await userEvent.click(form.getByText('Type and timeline'))
    await userEvent.selectOptions(form.getByLabelText('Type of action'), 'infrastructure')
    await userEvent.type(form.getByLabelText('Start year'), '2026')
    await userEvent.type(form.getByLabelText('End year'), '2029')
    await userEvent.click(form.getByText('Reduction estimate'))
    await userEvent.type(form.getByLabelText('First year with effect'), '2027')
    await userEvent.type(form.getByLabelText('Years until full effect'), '2')
    await userEvent.selectOptions(form.getByLabelText('Confidence in the estimate'), 'high')
    await userEvent.type(form.getByLabelText('Method'), 'Fleet of 40 buses, 60 t each')
    await userEvent.click(form.getByText('Costs by year and funding'))
    await userEvent.type(form.getByLabelText('Running cost (opex, € per year)'), '-15000')
    await userEvent.click(form.getByRole('button', { name: 'Add funding line' }))
    await userEvent.type(form.getByLabelText('Funding 1: source'), 'Klimatklivet')
    await userEvent.selectOptions(form.getByLabelText('Funding 1: type'), 'national')
    await userEvent.type(form.getByLabelText('Funding 1: amount (€)'), '500000')
    await userEvent.selectOptions(form.getByLabelText('Funding 1: status'), 'applied')
    await userEvent.click(form.getByText('Co-benefits', { selector: 'summary' }))
    await userEvent.click(form.getByRole('checkbox', { name: 'Air quality' }))
    await userEvent.click(form.getByText('Responsibilities, stakeholders and tags'))
    await userEvent.type(form.getByLabelText('Involved stakeholders'), 'Region{Enter}Bus operator')
    await userEvent.type(form.getByLabelText('Tags'), 'buses, biogas')
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))

    expect(listMeasures(board)[0]).toMatchObject({
      actionType: 'infrastructure',
      timeline: { startYear: 2026, endYear: 2029 },
      reduction: {
        firstYear: 2027,
        rampUpYears: 2,
        confidence: 'high',
        method: 'Fleet of 40 buses, 60 t each',
      },
      cost: {
        opexEurPerYear: -15000,
        funding: [
          { source: 'Klimatklivet', type: 'national', amountEur: 500000, status: 'applied' },
        ],
      },
      coBenefits: ['air_quality'],
      involvedStakeholders: ['Region', 'Bus operator'],
      tags: ['buses', 'biogas'],
    })
    // Many fields typed one key at a time: slow on a busy machine.
  }, 20_000)

  it('spreads capex, opex and a funding line over years; the totals are their sums', async () => {
    const board = annasBoard()
    const form = within(await openAddForm())
    await userEvent.type(form.getByLabelText('Title'), 'District heating')
    await userEvent.click(form.getByRole('radio', { name: 'Energy systems' }))
    await userEvent.click(form.getByText('Type and timeline'))
    await userEvent.type(form.getByLabelText('Start year'), '2027')
    await userEvent.click(form.getByText('Costs by year and funding'))
    const capex = within(form.getByRole('group', { name: 'Capex by year' }))
    await userEvent.click(capex.getByRole('button', { name: 'Add a capex year' }))
    await userEvent.click(capex.getByRole('button', { name: 'Add a capex year' }))
    // the first row starts in the start year, the next one a year later
    expect(capex.getByLabelText('Capex 1: year')).toHaveValue(2027)
    expect(capex.getByLabelText('Capex 2: year')).toHaveValue(2028)
    await userEvent.type(capex.getByLabelText('Capex 1: amount (€)'), '600000')
    await userEvent.type(capex.getByLabelText('Capex 2: amount (€)'), '400000')
    await userEvent.click(form.getByText(/^Figures \(optional\)/))
    expect(form.getByLabelText('Investment (capex, €)')).toHaveValue(1_000_000)
    expect(form.getByLabelText('Investment (capex, €)')).toHaveAttribute('readonly')
    const opex = within(form.getByRole('group', { name: 'Opex by year' }))
    await userEvent.click(opex.getByRole('button', { name: 'Add an opex year' }))
    await userEvent.type(opex.getByLabelText('Opex 1: amount (€)'), '-5000')
    await userEvent.click(form.getByRole('button', { name: 'Add funding line' }))
    await userEvent.type(form.getByLabelText('Funding 1: source'), 'EIB')
    await userEvent.selectOptions(form.getByLabelText('Funding 1: type'), 'loan')
    await userEvent.selectOptions(form.getByLabelText('Funding 1: status'), 'secured')
    const funding = within(form.getByRole('group', { name: 'Funding 1 by year' }))
    await userEvent.click(funding.getByRole('button', { name: 'Add a year to funding 1' }))
    await userEvent.type(funding.getByLabelText('Funding 1, row 1: amount (€)'), '250000')
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))

    expect(listMeasures(board)[0]?.cost).toEqual({
      capexEur: 1_000_000,
      opexEurPerYear: 0,
      capexByYear: [
        { year: 2027, eur: 600_000 },
        { year: 2028, eur: 400_000 },
      ],
      opexByYear: [{ year: 2027, eur: -5000 }],
      funding: [
        {
          source: 'EIB',
          type: 'loan',
          status: 'secured',
          amountEur: 250_000,
          byYear: [{ year: 2027, eur: 250_000 }],
        },
      ],
    })
  }, 20_000)

  it('says so when a year is given twice', async () => {
    const board = annasBoard()
    const form = within(await openAddForm())
    await userEvent.type(form.getByLabelText('Title'), 'District heating')
    await userEvent.click(form.getByRole('radio', { name: 'Energy systems' }))
    await userEvent.click(form.getByText('Costs by year and funding'))
    const capex = within(form.getByRole('group', { name: 'Capex by year' }))
    await userEvent.click(capex.getByRole('button', { name: 'Add a capex year' }))
    await userEvent.click(capex.getByRole('button', { name: 'Add a capex year' }))
    await userEvent.clear(capex.getByLabelText('Capex 2: year'))
    await userEvent.type(capex.getByLabelText('Capex 2: year'), String(new Date().getFullYear()))
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))
    expect(capex.getByText('This year is given twice.')).toBeInTheDocument()
    expect(listMeasures(board)).toEqual([])
  }, 20_000)

  it('edits a measure through updateMeasure, changing only what was changed', async () => {
    const { doc, measures } = makeBoardDoc([{ title: 'Solar roofs' }])
    const board = annasBoard(doc)
    await userEvent.click(screen.getByRole('button', { name: 'Edit Solar roofs' }))
    const form = within(screen.getByRole('dialog', { name: 'Edit measure' }))
    expect(form.getByLabelText('Title')).toHaveValue('Solar roofs')
    // Someone else edits the description meanwhile; saving the title must not undo it.
    const entry = listMeasures(board)[0]!
    expect(entry.id).toBe(measures[0]!.id)
    updateMeasure(board, entry.id, { description: 'Edited elsewhere' })
    await userEvent.clear(form.getByLabelText('Title'))
    await userEvent.type(form.getByLabelText('Title'), 'Solar roofs on all schools')
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))

    expect(listMeasures(board)[0]).toMatchObject({
      title: 'Solar roofs on all schools',
      description: 'Edited elsewhere',
    })
  })

  it('asks a citizen for a title, what it changes and a pictured field of action, and chooses none for them', async () => {
    const board = annasBoard()
    const form = within(await openAddForm())
    expect(form.getAllByRole('radio')).toHaveLength(7)
    for (const radio of form.getAllByRole('radio')) expect(radio).not.toBeChecked()
    // The figures are offered, folded: a citizen need not know them.
    expect(form.getByText(/^Figures \(optional\)/).closest('details')).not.toHaveAttribute('open')

    await userEvent.type(form.getByLabelText('Title'), 'Cargo bikes for municipal deliveries')
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))
    expect(form.getByRole('group', { name: 'Field of action' })).toHaveTextContent(
      'Choose the field of action your proposal belongs to.',
    )
    expect(form.getByRole('radio', { name: 'Energy systems' })).toHaveFocus()
    expect(listMeasures(board)).toEqual([])

    await userEvent.click(form.getByRole('radio', { name: 'Mobility and transport' }))
    await userEvent.click(form.getByRole('button', { name: 'Save measure' }))
    expect(listMeasures(board)[0]).toMatchObject({
      title: 'Cargo bikes for municipal deliveries',
      fieldOfAction: 'mobility_transport',
      emissionSectors: [],
      cost: { capexEur: 0 },
    })
    // Figures are offered afterwards on the card, to its proposer (and the planners).
    const card = screen.getByRole('article', { name: 'Cargo bikes for municipal deliveries' })
    expect(card).toHaveTextContent('Figures to come.')
    await userEvent.click(
      within(card).getByRole('button', {
        name: 'Add figures to Cargo bikes for municipal deliveries',
      }),
    )
    const edit = within(screen.getByRole('dialog', { name: 'Edit measure' }))
    expect(edit.getByText(/^Figures \(optional\)/).closest('details')).toHaveAttribute('open')
    expect(edit.getByRole('radio', { name: 'Mobility and transport' })).toBeChecked()
  })
})
