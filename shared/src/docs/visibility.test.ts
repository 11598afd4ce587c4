import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Role } from '../domain/enums.ts'
import { makeMeasureFields, makeParticipant } from '../test/fixtures.ts'
import { addMeasure, listMeasures } from './board.ts'
import { getSilentMode, type SilentMode, startSilentMode } from './control.ts'
import { registerParticipant } from './ledger.ts'
import { approveMeasure, hideMeasure, mergeMeasure, setPreModeration } from './moderation.ts'
import { cardsFor, isOpenToVotes, PROJECTOR, readModeration } from './visibility.ts'

const MOD = { by: 'p-fac' }
const OFF: SilentMode = { on: false, shownIds: [] }

function workshop() {
  const board = new Y.Doc()
  const ledger = new Y.Doc()
  const people: [string, Role][] = [
    ['p-fac', 'facilitator'],
    ['p-plan', 'planner'],
    ['p-anna', 'participant'],
    ['p-bo', 'participant'],
  ]
  for (const [id, role] of people) registerParticipant(ledger, makeParticipant({ id, role }))
  // A minute apart, so the board's order (oldest first) never depends on random ids.
  let minute = 0
  const propose = (title: string, by: string) =>
    addMeasure(board, {
      fields: makeMeasureFields({ title }),
      proposer: { participantId: by, actorId: null },
      now: new Date(Date.UTC(2026, 2, 3, 18, minute++)),
    }).id
  return { board, ledger, propose }
}

const titles = (cards: { measure: { title: string } }[]) => cards.map((c) => c.measure.title)

describe('[P19] who sees which card', () => {
  it('with pre-moderation a new card shows only to its proposer and the moderators until approved', () => {
    const { board, ledger, propose } = workshop()
    propose('Old card', 'p-bo')
    setPreModeration(
      ledger,
      true,
      listMeasures(board).map((m) => m.id),
      MOD,
    )
    const fresh = propose('New card', 'p-anna')
    propose('Facilitator card', 'p-fac')
    const view = (participantId: string | null, role: Role) =>
      titles(cardsFor({ participantId, role }, listMeasures(board), readModeration(ledger), OFF))

    expect(view('p-bo', 'participant')).toEqual(['Old card', 'Facilitator card'])
    expect(view('p-anna', 'participant')).toContain('New card')
    expect(view('p-fac', 'facilitator')).toContain('New card')
    expect(view('p-plan', 'planner')).toContain('New card')
    expect(view(null, 'observer')).not.toContain('New card')
    const pending = cardsFor(
      { participantId: 'p-anna', role: 'participant' },
      listMeasures(board),
      readModeration(ledger),
      OFF,
    ).find((c) => c.measure.id === fresh)
    expect(pending?.pending).toBe(true)
    expect(pending && isOpenToVotes(pending)).toBe(false)

    approveMeasure(ledger, fresh, MOD)
    expect(view('p-bo', 'participant')).toContain('New card')
  })

  it('in silent mode others see only the cards from before and their own new ones', () => {
    const { board, ledger, propose } = workshop()
    propose('Before', 'p-bo')
    const control = new Y.Doc()
    startSilentMode(
      control,
      listMeasures(board).map((m) => m.id),
    )
    propose('Anna’s idea', 'p-anna')
    propose('Bo’s idea', 'p-bo')
    const silent = getSilentMode(control)
    const moderation = readModeration(ledger)
    const measures = listMeasures(board)
    expect(
      titles(
        cardsFor({ participantId: 'p-anna', role: 'participant' }, measures, moderation, silent),
      ),
    ).toEqual(['Before', 'Anna’s idea'])
    expect(titles(cardsFor(PROJECTOR, measures, moderation, silent))).toEqual(['Before'])
    expect(
      titles(
        cardsFor({ participantId: 'p-fac', role: 'facilitator' }, measures, moderation, silent),
      ),
    ).toHaveLength(3)
    expect(titles(cardsFor(PROJECTOR, measures, moderation, OFF))).toHaveLength(3)
  })

  it('the ledger’s hide and merge win over what a board writer claims', () => {
    const { board, ledger, propose } = workshop()
    const hidden = propose('Rude card', 'p-bo')
    const dup = propose('Duplicate', 'p-anna')
    const keep = propose('Original', 'p-bo')
    hideMeasure(ledger, hidden, 'Rude', MOD)
    mergeMeasure(ledger, dup, keep, MOD)
    // A participant's client writes "not hidden" into the board: the ledger still decides.
    board.getMap<Y.Map<unknown>>('measures').get(hidden)?.set('hidden', null)
    const cards = cardsFor(PROJECTOR, listMeasures(board), readModeration(ledger), OFF)
    const byTitle = new Map(cards.map((c) => [c.measure.title, c]))
    expect(byTitle.get('Rude card')?.measure.hidden?.reason).toBe('Rude')
    expect(byTitle.get('Duplicate')?.measure).toMatchObject({ mergedInto: keep, status: 'merged' })
    expect(cards.filter(isOpenToVotes).map((c) => c.measure.title)).toEqual(['Original'])
  })
})
