import {
  addComment,
  type CreateWorkshopResponse,
  getModerationRecord,
  isPreModerationOn,
  type JoinResponse,
  listComments,
  listMeasures,
  listModerationLog,
  type ModerationEvent,
  type ModerationLogResponse,
  type ModerationResponse,
  moderatedCards,
  publishedVoteTotals,
  reactionCounts,
  readModeration,
  toggleReaction,
} from '@pactboard/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'
import { runningWorkshop, type WorkshopDocs } from '../../../test/helpers/workshopDocs.ts'

describe('moderation', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  let docs: WorkshopDocs
  let anna: JoinResponse
  let bo: JoinResponse
  let card: string
  let duplicate: string
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    ;({
      created,
      docs,
      people: { anna, bo },
      cards: { card, duplicate },
    } = await runningWorkshop(server, {
      people: { anna: { displayName: 'Anna' }, bo: { displayName: 'Bo' } },
      cards: {
        card: { by: 'anna', title: 'Bike lanes' },
        duplicate: { by: 'bo', title: 'More bike lanes' },
      },
    }))
  })

  const facilitator = () => created.facilitatorToken
  const act = (token: string, measureId: string, action: string, body?: object) =>
    docs.api('POST', `/measures/${measureId}/${action}`, token, body)
  const log = () => docs.doc('ledger', listModerationLog)
  const record = (measureId: string) =>
    docs.doc('ledger', (doc) => getModerationRecord(doc, measureId))
  /** The event an answer carries, checked to be the one the ledger's log now ends with. */
  async function loggedEvent(response: Awaited<ReturnType<typeof act>>): Promise<ModerationEvent> {
    const { event } = response.json<ModerationResponse>()
    expect(event).not.toBeNull()
    expect((await log()).at(-1)).toEqual(event)
    return event!
  }

  it('[P17] approves, hides with a reason and unhides a card, each logged with who and when', async () => {
    const before = new Date().toISOString()
    const approved = await act(facilitator(), card, 'approve')
    expect(approved.statusCode).toBe(200)
    expect(await loggedEvent(approved)).toMatchObject({
      action: 'approve',
      measureId: card,
      by: created.participant.id,
    })
    expect((await record(card)).approved?.by).toBe(created.participant.id)

    const hidden = await act(facilitator(), card, 'hide', { reason: '  Off topic ' })
    expect(hidden.statusCode).toBe(200)
    const hideEvent = await loggedEvent(hidden)
    expect(hideEvent).toMatchObject({ action: 'hide', reason: 'Off topic' })
    expect((await record(card)).hidden).toEqual({
      reason: 'Off topic',
      byParticipantId: created.participant.id,
      at: hideEvent.at,
    })

    const unhidden = await act(facilitator(), card, 'unhide')
    expect(unhidden.statusCode).toBe(200)
    expect(await loggedEvent(unhidden)).toMatchObject({ action: 'unhide', measureId: card })
    expect((await record(card)).hidden).toBeNull()

    // anyone in the workshop reads the log, oldest first
    const read = await docs.api('GET', '/moderation/log', anna.token)
    expect(read.statusCode).toBe(200)
    const { events } = read.json<ModerationLogResponse>()
    expect(events.map((e) => e.action)).toEqual(['approve', 'hide', 'unhide'])
    for (const event of events) {
      expect(event.by).toBe(created.participant.id)
      expect(event.at >= before).toBe(true)
    }
  })

  it('[P17] refuses to hide without a reason (400) and leaves no trace', async () => {
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
      const response = await act(facilitator(), card, 'hide', body)
      expect(response.statusCode).toBe(400)
      expect(response.json().error.code).toBe('VALIDATION_FAILED')
    }
    expect(await log()).toEqual([])
    expect((await record(card)).hidden).toBeNull()
  })

  it('[P17] merges a duplicate: dots add up on the survivor, comments and reactions follow, seen live', async () => {
    await docs.enterPhase('vote')
    const cast = (token: string, measureId: string) =>
      docs.api('POST', '/votes', token, { measureId })
    for (const [token, measureId] of [
      [anna.token, duplicate],
      [anna.token, duplicate],
      [anna.token, card],
      [bo.token, duplicate],
    ] as const) {
      expect((await cast(token, measureId)).statusCode).toBe(200)
    }
    const comment = await docs.doc('board', (doc) => {
      toggleReaction(doc, { measureId: duplicate, participantId: bo.participant.id, kind: 'idea' })
      // Anna supports both cards: after the merge she supports the survivor once
      for (const measureId of [card, duplicate]) {
        toggleReaction(doc, { measureId, participantId: anna.participant.id, kind: 'support' })
      }
      return addComment(doc, {
        measureId: duplicate,
        authorParticipantId: bo.participant.id,
        text: 'Same idea as the other card',
      })
    })
    // shown, so that the room sees the totals move (and only the totals)
    expect(
      (await docs.api('PUT', '/votes/reveal', created.facilitatorToken, { revealed: true }))
        .statusCode,
    ).toBe(200)
    const reader = connectClient(server.syncUrl, created.workshop.id, 'ledger', bo.token)
    try {
      await reader.synced()
      expect(Object.fromEntries(publishedVoteTotals(reader.doc))).toEqual({
        [duplicate]: 3,
        [card]: 1,
      })
      const merged = await act(facilitator(), duplicate, 'merge', { into: card })
      expect(merged.statusCode).toBe(200)
      expect(await loggedEvent(merged)).toMatchObject({
        action: 'merge',
        measureId: duplicate,
        intoMeasureId: card,
        by: created.participant.id,
      })
      await waitFor(
        () => publishedVoteTotals(reader.doc).get(card) === 4,
        'the survivor’s total to arrive',
      )
      expect(publishedVoteTotals(reader.doc).has(duplicate)).toBe(false)
    } finally {
      reader.destroy()
    }

    const { store } = server.context
    const dots = async (participantId: string) =>
      Object.fromEntries(await store.dotsOf(created.workshop.id, participantId))
    expect(await dots(anna.participant.id)).toEqual({ [card]: 3 })
    expect(await dots(bo.participant.id)).toEqual({ [card]: 1 })
    const annas = await docs.api('GET', '/votes/mine', anna.token)
    expect(annas.json()).toMatchObject({ votes: { [card]: 3 }, spent: 3 })
    expect((await record(duplicate)).mergedInto?.into).toBe(card)

    const board = await docs.doc('board', (doc) => ({
      comments: listComments(doc, card).map((c) => c.id),
      leftBehind: listComments(doc, duplicate),
      reactions: reactionCounts(doc, card, anna.participant.id),
      reactionsLeft: reactionCounts(doc, duplicate, null),
    }))
    expect(board.comments).toEqual([comment.id])
    expect(board.leftBehind).toEqual([])
    expect(board.reactions.support).toEqual({ count: 1, mine: true })
    expect(board.reactions.idea).toEqual({ count: 1, mine: false })
    expect(board.reactionsLeft.support.count + board.reactionsLeft.idea.count).toBe(0)
    // the merged card takes no more dots
    const late = await cast(bo.token, duplicate)
    expect(late.statusCode).toBe(409)
    expect(late.json().error.code).toBe('MEASURE_UNAVAILABLE')
  })

  it('[P17] refuses a merge into itself (400), with an unknown card (404) or into a merged card (409)', async () => {
    const third = await docs.addCard(bo.participant.id, 'Cycle paths')
    const into = (from: string, to: string) => act(facilitator(), from, 'merge', { into: to })
    const self = await into(card, card)
    expect(self.statusCode).toBe(400)
    expect((await into(card, 'no-such-card')).statusCode).toBe(404)
    expect((await into('no-such-card', card)).statusCode).toBe(404)
    expect((await act(facilitator(), card, 'merge', {})).statusCode).toBe(400)

    expect((await into(duplicate, card)).statusCode).toBe(200)
    const intoMerged = await into(third, duplicate)
    expect(intoMerged.statusCode).toBe(409)
    expect(intoMerged.json().error.code).toBe('MEASURE_UNAVAILABLE')
    // nor can a merged card be merged again, so merges never form a cycle
    expect((await into(duplicate, third)).statusCode).toBe(409)
    expect((await log()).map((e) => e.action)).toEqual(['merge'])
  })

  it('[P18] takes a report from a board writer, logged with who and why', async () => {
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    const reported = await act(bo.token, card, 'reports', { reason: 'Rude wording' })
    expect(reported.statusCode).toBe(201)
    expect(await loggedEvent(reported)).toMatchObject({
      action: 'report',
      measureId: card,
      reason: 'Rude wording',
      by: bo.participant.id,
    })
    expect((await act(planner, card, 'reports', { reason: 'Duplicate' })).statusCode).toBe(201)

    const observer = await server.tokenFor(created.workshop.id, 'observer')
    for (const token of [observer, facilitator()]) {
      const refused = await act(token, card, 'reports', { reason: 'Spam' })
      expect(refused.statusCode).toBe(403)
    }
    expect((await act(bo.token, card, 'reports', { reason: ' ' })).statusCode).toBe(400)
    expect((await act(bo.token, 'no-such-card', 'reports', { reason: 'Spam' })).statusCode).toBe(
      404,
    )
    expect((await log()).map((e) => e.by)).toEqual([bo.participant.id, 'p-planner'])
  })

  it('[P17] refuses moderation to anyone but a facilitator (403), whatever the body claims', async () => {
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    const forged = { role: 'facilitator', by: created.participant.id }
    for (const token of [anna.token, planner, observer]) {
      const attempts = [
        act(token, card, 'approve', forged),
        act(token, card, 'hide', { reason: 'Mine now', ...forged }),
        act(token, card, 'unhide', forged),
        act(token, duplicate, 'merge', { into: card, ...forged }),
        docs.api('PUT', '/moderation', token, { preModeration: true, ...forged }),
      ]
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(403)
        expect(response.json().error.code).toBe('FORBIDDEN')
      }
    }
    expect(await log()).toEqual([])
    expect((await record(duplicate)).mergedInto).toBeNull()
  })

  it('[P17] answers 401 without a valid token and 403 for another workshop’s', async () => {
    const noToken = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/moderation/log`,
    })
    expect(noToken.statusCode).toBe(401)
    const expired = await server.context.tokens.sign(
      {
        workshopId: created.workshop.id,
        participantId: created.participant.id,
        role: 'facilitator',
        actorId: null,
      },
      -1,
    )
    expect((await act(expired, card, 'approve')).statusCode).toBe(401)
    const other = await server.createWorkshop()
    expect((await act(other.facilitatorToken, card, 'approve')).statusCode).toBe(403)
  })

  it('[P17] pre-moderation approves the cards already there; a later proposal waits until approved', async () => {
    const pending = () =>
      Promise.all([docs.doc('board', listMeasures), docs.doc('ledger', readModeration)]).then(
        ([measures, moderation]) =>
          moderatedCards(measures, moderation)
            .filter((c) => c.pending)
            .map((c) => c.measure.id),
      )
    const on = await docs.api('PUT', '/moderation', facilitator(), { preModeration: true })
    expect(on.statusCode).toBe(200)
    expect(await loggedEvent(on)).toMatchObject({ action: 'pre_moderation_on', measureId: null })
    expect(await docs.doc('ledger', isPreModerationOn)).toBe(true)
    expect(await pending()).toEqual([])

    const fresh = await docs.addCard(anna.participant.id, 'Car-free Sundays')
    expect(await pending()).toEqual([fresh])
    expect((await act(facilitator(), fresh, 'approve')).statusCode).toBe(200)
    expect(await pending()).toEqual([])

    // switching on what is on changes nothing and logs nothing
    const again = await docs.api('PUT', '/moderation', facilitator(), { preModeration: true })
    expect(again.json<ModerationResponse>()).toEqual({ event: null })
    const off = await docs.api('PUT', '/moderation', facilitator(), { preModeration: false })
    expect(await loggedEvent(off)).toMatchObject({ action: 'pre_moderation_off' })
    expect((await log()).map((e) => e.action)).toEqual([
      'pre_moderation_on',
      'approve',
      'pre_moderation_off',
    ])
    const bad = await docs.api('PUT', '/moderation', facilitator(), { preModeration: 'yes' })
    expect(bad.statusCode).toBe(400)
  })
})
