import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { makeBoardDoc } from '../test/fixtures.ts'
import {
  addComment,
  listComments,
  moveDiscussion,
  reactionCounts,
  toggleReaction,
} from './discussion.ts'
import {
  approveMeasure,
  getModeration,
  getModerationRecord,
  hideMeasure,
  isPreModerationOn,
  listModerationLog,
  mergeMeasure,
  openReports,
  reportMeasure,
  setPreModeration,
  survivorOf,
  unhideMeasure,
} from './moderation.ts'

const FACILITATOR = { by: 'p-fac', now: new Date('2026-03-03T19:00:00.000Z') }

describe('moderation in the ledger', () => {
  it('records every action with who and when, in order', () => {
    const ledger = new Y.Doc()
    approveMeasure(ledger, 'm-1', FACILITATOR)
    hideMeasure(ledger, 'm-2', 'Personal attack', FACILITATOR)
    reportMeasure(ledger, 'm-3', 'Spam', { by: 'p-anna' })
    const log = listModerationLog(ledger)
    expect(log.map((e) => [e.action, e.measureId, e.by])).toEqual([
      ['approve', 'm-1', 'p-fac'],
      ['hide', 'm-2', 'p-fac'],
      ['report', 'm-3', 'p-anna'],
    ])
    expect(log[0]?.at).toBe('2026-03-03T19:00:00.000Z')
    expect(log[1]?.reason).toBe('Personal attack')
  })

  it('hides with a reason and shows again as approved, so the card does not fall back into the queue', () => {
    const ledger = new Y.Doc()
    hideMeasure(ledger, 'm-1', 'Off topic', FACILITATOR)
    expect(getModerationRecord(ledger, 'm-1').hidden).toMatchObject({ reason: 'Off topic' })
    unhideMeasure(ledger, 'm-1', FACILITATOR)
    const record = getModerationRecord(ledger, 'm-1')
    expect(record.hidden).toBeNull()
    expect(record.approved?.by).toBe('p-fac')
  })

  it('turning pre-moderation on approves the cards already there, only once', () => {
    const ledger = new Y.Doc()
    expect(setPreModeration(ledger, true, ['m-1', 'm-2'], FACILITATOR)?.action).toBe(
      'pre_moderation_on',
    )
    expect(isPreModerationOn(ledger)).toBe(true)
    expect([...getModeration(ledger).keys()].sort()).toEqual(['m-1', 'm-2'])
    expect(setPreModeration(ledger, true, ['m-3'], FACILITATOR)).toBeNull()
    expect(getModerationRecord(ledger, 'm-3').approved).toBeNull()
    setPreModeration(ledger, false, [], FACILITATOR)
    expect(isPreModerationOn(ledger)).toBe(false)
  })

  it('merging points the merged card to the survivor (the dots move in the server’s store)', () => {
    const ledger = new Y.Doc()
    mergeMeasure(ledger, 'dup', 'keep', FACILITATOR)
    expect(getModerationRecord(ledger, 'dup').mergedInto?.into).toBe('keep')
    expect(() => mergeMeasure(ledger, 'keep', 'keep', FACILITATOR)).toThrow()
  })

  it('follows a chain of merges to the card that survives', () => {
    const ledger = new Y.Doc()
    mergeMeasure(ledger, 'a', 'b', FACILITATOR)
    mergeMeasure(ledger, 'b', 'c', FACILITATOR)
    expect(survivorOf(getModeration(ledger), 'a')).toBe('c')
    expect(survivorOf(getModeration(ledger), 'x')).toBe('x')
  })

  it('keeps reports open until the card is approved, hidden or shown again', () => {
    const ledger = new Y.Doc()
    reportMeasure(ledger, 'm-1', 'Spam', { by: 'p-anna' })
    reportMeasure(ledger, 'm-1', 'Advert', { by: 'p-bo' })
    reportMeasure(ledger, 'm-2', 'Rude', { by: 'p-anna' })
    expect(
      openReports(ledger)
        .get('m-1')
        ?.map((r) => r.reason),
    ).toEqual(['Spam', 'Advert'])
    approveMeasure(ledger, 'm-1', FACILITATOR)
    expect([...openReports(ledger).keys()]).toEqual(['m-2'])
  })

  it('ignores malformed entries written into the ledger', () => {
    const ledger = new Y.Doc()
    ledger.getMap('moderation').set('m-1', { hidden: 'yes' })
    ledger.getArray('moderationLog').push([{ action: 'nuke' }])
    expect(getModeration(ledger).size).toBe(0)
    expect(listModerationLog(ledger)).toEqual([])
  })
})

describe('the board half of a merge', () => {
  it('moves comments and reactions to the survivor; one person’s same reaction counts once', () => {
    const { doc, measures } = makeBoardDoc([{ title: 'Bike lanes' }, { title: 'More bike lanes' }])
    const [keep, dup] = measures.map((m) => m.id) as [string, string]
    addComment(doc, { measureId: dup, authorParticipantId: 'p-bo', text: 'Yes, on Storgatan' })
    toggleReaction(doc, { measureId: dup, participantId: 'p-bo', kind: 'support' })
    toggleReaction(doc, { measureId: keep, participantId: 'p-bo', kind: 'support' })
    toggleReaction(doc, { measureId: dup, participantId: 'p-anna', kind: 'idea' })
    moveDiscussion(doc, dup, keep)
    expect(listComments(doc, keep).map((c) => c.text)).toEqual(['Yes, on Storgatan'])
    expect(listComments(doc, dup)).toEqual([])
    const counts = reactionCounts(doc, keep, null)
    expect(counts.support.count).toBe(1)
    expect(counts.idea.count).toBe(1)
    expect(reactionCounts(doc, dup, null).support.count).toBe(0)
  })
})
