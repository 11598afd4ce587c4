import {
  addMeasure,
  bringEveryoneHere,
  listPhases,
  seedAgenda,
  setCurrentPhase,
  setResultsRevealed,
} from '@pactboard/shared'
import { makeMeasureFields } from '@pactboard/shared/test/fixtures'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { announcementsBetween, lookAt } from './announcements.ts'

function room() {
  const control = new Y.Doc()
  const board = new Y.Doc()
  seedAgenda(control, 'citizen_workshop', 'en')
  const propose = (participantId: string) =>
    addMeasure(board, {
      fields: makeMeasureFields({ title: `By ${participantId}` }),
      proposer: { participantId, actorId: null },
    })
  return { control, board, propose, look: () => lookAt(control, board) }
}

describe('what a screen reader is told of the room', () => {
  it('tells a new phase by its title, results revealed, and being brought somewhere', () => {
    const { control, look } = room()
    const before = look()
    const [, propose] = listPhases(control)
    setCurrentPhase(control, propose!.id)
    setResultsRevealed(control, true)
    bringEveryoneHere(control, { view: 'board' })
    expect(announcementsBetween(before, look(), 'p-me')).toEqual([
      { kind: 'phase', title: propose!.title },
      { kind: 'resultsRevealed' },
      { kind: 'brought' },
    ])
  })

  it('counts the proposals of others in one announcement and leaves out one’s own', () => {
    const { propose, look } = room()
    const before = look()
    propose('p-other')
    propose('p-another')
    propose('p-me')
    expect(announcementsBetween(before, look(), 'p-me')).toEqual([
      { kind: 'newProposals', count: 2 },
    ])
  })

  it('tells nothing when nothing others do changed', () => {
    const { control, look } = room()
    const before = look()
    setResultsRevealed(control, false)
    expect(announcementsBetween(before, look(), 'p-me')).toEqual([])
  })
})
