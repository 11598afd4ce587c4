import {
  type BoardCard,
  emptyMeasureFields,
  emptyReactionCounts,
  type Measure,
} from '@pactboard/shared'
import { describe, expect, it } from 'vitest'
import { type CardFacts, DEFAULT_QUERY, NO_FACTS, queryBoard } from './boardQuery.ts'

let minute = 0
function card(title: string, overrides: Partial<Measure> = {}): BoardCard {
  minute += 1
  const at = new Date(Date.UTC(2026, 2, 3, 18, minute)).toISOString()
  const measure: Measure = {
    ...emptyMeasureFields(),
    title,
    id: `m-${title}`,
    status: 'proposed',
    proposer: { participantId: 'p-bo', actorId: null },
    createdAt: at,
    updatedAt: at,
    hidden: null,
    mergedInto: null,
    ...overrides,
  }
  return { measure, pending: false }
}

const facts: CardFacts = { ...NO_FACTS, meId: 'p-anna' }
const titles = (groups: ReturnType<typeof queryBoard>) =>
  groups.flatMap((group) => group.cards.map((c) => c.measure.title))

const tram = card('Night trams', {
  fieldOfAction: 'mobility_transport',
  emissionSectors: ['transport'],
  reduction: { ...emptyMeasureFields().reduction, tCO2ePerYearBySector: { transport: 300 } },
  cost: { capexEur: 3_000_000, opexEurPerYear: 0, funding: [] },
})
const solar = card('Solar roofs on schools', {
  description: 'Photovoltaics on every school roof in Malmö',
  emissionSectors: ['stationary_energy'],
  reduction: {
    ...emptyMeasureFields().reduction,
    tCO2ePerYearBySector: { stationary_energy: 900 },
  },
  cost: { capexEur: 900_000, opexEurPerYear: 0, funding: [] },
})
const bikes = card('Cargo bikes for municipal deliveries', {
  fieldOfAction: 'mobility_transport',
  proposer: { participantId: 'p-anna', actorId: 'a-velo' },
})
const cards = [tram, solar, bikes]

describe('queryBoard', () => {
  it('shows the newest first, grouped by field of action in the CCC order', () => {
    const groups = queryBoard(cards, DEFAULT_QUERY, facts)
    expect(groups.map((g) => g.id)).toEqual(['energy_systems', 'mobility_transport'])
    expect(titles(groups)).toEqual([
      'Solar roofs on schools',
      'Cargo bikes for municipal deliveries',
      'Night trams',
    ])
  })

  it('searches title, description and the proposer’s organisation, ignoring case and accents', () => {
    const withOrg = { ...facts, actorNames: new Map([['a-velo', 'Velo Lund AB']]) }
    const search = (text: string) =>
      titles(queryBoard(cards, { ...DEFAULT_QUERY, search: text }, withOrg))
    expect(search('malmo')).toEqual(['Solar roofs on schools'])
    expect(search('NIGHT')).toEqual(['Night trams'])
    expect(search('velo lund')).toEqual(['Cargo bikes for municipal deliveries'])
    expect(search('trams schools')).toEqual([])
  })

  it('filters by field of action, sector, status, mine, dots and reports', () => {
    const only = (patch: Partial<typeof DEFAULT_QUERY>, with_ = facts) =>
      titles(queryBoard(cards, { ...DEFAULT_QUERY, group: 'none', ...patch }, with_))
    expect(only({ fields: ['mobility_transport'] })).toEqual([
      'Cargo bikes for municipal deliveries',
      'Night trams',
    ])
    expect(only({ sectors: ['stationary_energy'] })).toEqual(['Solar roofs on schools'])
    expect(only({ statuses: ['committed'] })).toEqual([])
    expect(only({ mine: true })).toEqual(['Cargo bikes for municipal deliveries'])
    const dots = { ...facts, myDots: new Map([[tram.measure.id, 2]]) }
    expect(only({ withDots: true }, dots)).toEqual(['Night trams'])
    const reported = { ...facts, reports: new Map([[solar.measure.id, 1]]) }
    expect(only({ reported: true }, reported)).toEqual(['Solar roofs on schools'])
  })

  it('orders by revealed dots, reactions, reduction and the cheapest tonne', () => {
    const order = (sort: typeof DEFAULT_QUERY.sort, with_ = facts) =>
      titles(queryBoard(cards, { ...DEFAULT_QUERY, group: 'none', sort }, with_))
    const revealed = {
      ...facts,
      revealedDots: new Map([
        [tram.measure.id, 7],
        [bikes.measure.id, 3],
      ]),
    }
    expect(order('dots', revealed)).toEqual([
      'Night trams',
      'Cargo bikes for municipal deliveries',
      'Solar roofs on schools',
    ])
    const counts = emptyReactionCounts()
    counts.love = { count: 4, mine: false }
    const reacted = { ...facts, reactions: new Map([[solar.measure.id, counts]]) }
    expect(order('reactions', reacted)[0]).toBe('Solar roofs on schools')
    expect(order('reduction')).toEqual([
      'Solar roofs on schools',
      'Night trams',
      'Cargo bikes for municipal deliveries',
    ])
    // €1,000 a tonne before €10,000 a tonne; a card that avoids nothing comes last.
    expect(order('costPerTonne')).toEqual([
      'Solar roofs on schools',
      'Night trams',
      'Cargo bikes for municipal deliveries',
    ])
  })

  it('groups by the sector a card avoids most in, cards naming none apart', () => {
    const groups = queryBoard(cards, { ...DEFAULT_QUERY, group: 'sector' }, facts)
    expect(groups.map((g) => [g.id, g.cards.length])).toEqual([
      ['stationary_energy', 1],
      ['transport', 1],
      ['noSector', 1],
    ])
  })

  it('keeps the card the facilitator brought everyone to, whatever the filters', () => {
    const groups = queryBoard(cards, { ...DEFAULT_QUERY, mine: true }, facts, tram.measure.id)
    expect(titles(groups)).toEqual(['Cargo bikes for municipal deliveries', 'Night trams'])
  })
})
