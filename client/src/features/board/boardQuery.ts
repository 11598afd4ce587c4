import {
  type BoardCard,
  costPerTCO2eEur,
  EMISSION_SECTORS,
  type EmissionSector,
  FIELDS_OF_ACTION,
  type FieldOfAction,
  type Measure,
  type MeasureStatus,
  REACTION_KINDS,
  type ReactionCounts,
  totalReductionTCO2ePerYear,
} from '@pactboard/shared'

/**
 * What a person asks of a board of hundreds of cards: search, filters, one order and one way of
 * grouping. Pure, so that the phone and the laptop, and the tests, get the same answer.
 */

export const SORT_KEYS = ['newest', 'dots', 'reactions', 'reduction', 'costPerTonne'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export const GROUP_KEYS = ['fieldOfAction', 'sector', 'none'] as const
export type GroupKey = (typeof GROUP_KEYS)[number]

export interface BoardQuery {
  search: string
  fields: FieldOfAction[]
  sectors: EmissionSector[]
  statuses: MeasureStatus[]
  /** Cards with dots: one's own, and any once the results are revealed. */
  withDots: boolean
  /** Cards with open reports (only a moderator sees reports). */
  reported: boolean
  /** My proposals. */
  mine: boolean
  sort: SortKey
  group: GroupKey
}

export const DEFAULT_QUERY: BoardQuery = {
  search: '',
  fields: [],
  sectors: [],
  statuses: [],
  withDots: false,
  reported: false,
  mine: false,
  sort: 'newest',
  group: 'fieldOfAction',
}

/** What the board knows about the cards beyond the cards themselves, for filters and orders. */
export interface CardFacts {
  meId: string
  /** Dots per card once the facilitator revealed them; null while they are hidden. */
  revealedDots: ReadonlyMap<string, number> | null
  /** My own dots per card. */
  myDots: ReadonlyMap<string, number>
  /** Open reports per card (empty for anyone who does not moderate). */
  reports: ReadonlyMap<string, number>
  reactions: ReadonlyMap<string, ReactionCounts>
  /** The organisation each proposer speaks for, by actor id, for the search. */
  actorNames: ReadonlyMap<string, string>
}

export const NO_FACTS: Omit<CardFacts, 'meId'> = {
  revealedDots: null,
  myDots: new Map(),
  reports: new Map(),
  reactions: new Map(),
  actorNames: new Map(),
}

/** `sector` groups a card under the sector it avoids most in; a card naming none has its own. */
export type GroupId = FieldOfAction | EmissionSector | 'noSector' | 'all'

export interface CardGroup {
  id: GroupId
  cards: BoardCard[]
}

/** How many filters narrow the board (search and "mine" apart, which show where they are). */
export function activeFilterCount(query: BoardQuery): number {
  return (
    query.fields.length +
    query.sectors.length +
    query.statuses.length +
    Number(query.withDots) +
    Number(query.reported)
  )
}

export function isFiltered(query: BoardQuery): boolean {
  return activeFilterCount(query) > 0 || query.mine || query.search.trim() !== ''
}

/** Lower case, without accents: "Malmö" is found by "malmo". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
}

// A measure object is replaced whenever it changes, so its folded text can be kept by identity.
const searchTextOf = new WeakMap<Measure, string>()

function searchText(measure: Measure, actorNames: ReadonlyMap<string, string>): string {
  let text = searchTextOf.get(measure)
  if (text === undefined) {
    const organisation = measure.proposer.actorId
      ? (actorNames.get(measure.proposer.actorId) ?? '')
      : ''
    text = foldText(`${measure.title}\n${measure.description}\n${organisation}`)
    searchTextOf.set(measure, text)
  }
  return text
}

function dotsOf(id: string, facts: CardFacts): number {
  return facts.revealedDots?.get(id) ?? 0
}

function reactionTotal(id: string, facts: CardFacts): number {
  const counts = facts.reactions.get(id)
  if (!counts) return 0
  let total = 0
  for (const kind of REACTION_KINDS) total += counts[kind].count
  return total
}

/** The sector a card avoids most in, else the first it names; null when it names none. */
export function mainSectorOf(measure: Measure): EmissionSector | null {
  const bySector = measure.reduction.tCO2ePerYearBySector
  let best: EmissionSector | null = null
  let bestValue = 0
  for (const sector of measure.emissionSectors) {
    const value = bySector[sector] ?? 0
    if (best === null || value > bestValue) {
      best = sector
      bestValue = value
    }
  }
  return best
}

export function matches(card: BoardCard, query: BoardQuery, facts: CardFacts): boolean {
  const { measure } = card
  const id = measure.id
  if (query.mine && measure.proposer.participantId !== facts.meId) return false
  if (query.fields.length > 0 && !query.fields.includes(measure.fieldOfAction)) return false
  if (query.sectors.length > 0 && !measure.emissionSectors.some((s) => query.sectors.includes(s)))
    return false
  if (query.statuses.length > 0 && !query.statuses.includes(measure.status)) return false
  if (query.withDots && dotsOf(id, facts) === 0 && (facts.myDots.get(id) ?? 0) === 0) return false
  if (query.reported && (facts.reports.get(id) ?? 0) === 0) return false
  const words = foldText(query.search).split(/\s+/).filter(Boolean)
  if (words.length > 0) {
    const text = searchText(measure, facts.actorNames)
    if (!words.every((word) => text.includes(word))) return false
  }
  return true
}

/** Larger first for every order but the cost per tonne, where the cheapest tonne leads. */
function compareBy(sort: SortKey, facts: CardFacts): (a: BoardCard, b: BoardCard) => number {
  const newest = (a: BoardCard, b: BoardCard) =>
    b.measure.createdAt.localeCompare(a.measure.createdAt) ||
    b.measure.id.localeCompare(a.measure.id)
  switch (sort) {
    case 'newest':
      return newest
    case 'dots':
      // Before the reveal nobody knows the totals: the order stays the newest first.
      return (a, b) => dotsOf(b.measure.id, facts) - dotsOf(a.measure.id, facts) || newest(a, b)
    case 'reactions':
      return (a, b) =>
        reactionTotal(b.measure.id, facts) - reactionTotal(a.measure.id, facts) || newest(a, b)
    case 'reduction':
      return (a, b) =>
        totalReductionTCO2ePerYear(b.measure) - totalReductionTCO2ePerYear(a.measure) ||
        newest(a, b)
    case 'costPerTonne': {
      // Cards that avoid nothing have no cost per tonne: they come last, newest first.
      const cost = new Map<BoardCard, number>()
      const of = (card: BoardCard) => {
        let value = cost.get(card)
        if (value === undefined) {
          value = costPerTCO2eEur(card.measure) ?? Number.POSITIVE_INFINITY
          cost.set(card, value)
        }
        return value
      }
      return (a, b) => {
        const difference = of(a) - of(b)
        return Number.isNaN(difference) || difference === 0 ? newest(a, b) : difference
      }
    }
  }
}

function groupIdOf(card: BoardCard, group: GroupKey): GroupId {
  if (group === 'fieldOfAction') return card.measure.fieldOfAction
  if (group === 'sector') return mainSectorOf(card.measure) ?? 'noSector'
  return 'all'
}

const GROUP_ORDER: Record<GroupKey, readonly GroupId[]> = {
  fieldOfAction: FIELDS_OF_ACTION,
  sector: [...EMISSION_SECTORS, 'noSector'],
  none: ['all'],
}

/**
 * The cards that match, in order, in their groups (empty groups left out). `pinnedId` stays in
 * whatever the filters say: the card the facilitator brought everyone to.
 */
export function queryBoard(
  cards: readonly BoardCard[],
  query: BoardQuery,
  facts: CardFacts,
  pinnedId: string | null = null,
): CardGroup[] {
  const kept = cards.filter((card) => card.measure.id === pinnedId || matches(card, query, facts))
  kept.sort(compareBy(query.sort, facts))
  const byGroup = new Map<GroupId, BoardCard[]>()
  for (const card of kept) {
    const id = groupIdOf(card, query.group)
    const list = byGroup.get(id)
    if (list) list.push(card)
    else byGroup.set(id, [card])
  }
  return GROUP_ORDER[query.group].flatMap((id) => {
    const list = byGroup.get(id)
    return list ? [{ id, cards: list }] : []
  })
}
