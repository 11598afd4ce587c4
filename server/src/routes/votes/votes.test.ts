import {
  areResultsRevealed,
  type CreateWorkshopResponse,
  hideMeasure,
  type JoinResponse,
  type MyVotesResponse,
  mergeMeasure,
  publishedVoteTotals,
  type RevealResultsResponse,
  setCurrentPhase,
  setPreModeration,
  setVotingSettings,
  type VoteResponse,
  withdrawMeasure,
} from '@pactboard/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'
import { runningWorkshop, type WorkshopDocs } from '../../../test/helpers/workshopDocs.ts'

describe('votes', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  let docs: WorkshopDocs
  let anna: JoinResponse
  let bo: JoinResponse
  /** Bo's card and a second one by the facilitator. */
  let bosCard: string
  let otherCard: string
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    ;({
      created,
      docs,
      people: { anna, bo },
      cards: { bosCard, otherCard },
    } = await runningWorkshop(server, {
      people: { anna: { displayName: 'Anna' }, bo: { displayName: 'Bo' } },
      cards: {
        bosCard: { by: 'bo', title: 'Bike lanes' },
        otherCard: { by: 'facilitator', title: 'Solar roofs' },
      },
      phase: 'vote',
    }))
  })

  const cast = (token: string, measureId: string, extra: object = {}) =>
    docs.api('POST', '/votes', token, { measureId, ...extra })
  const withdraw = (token: string, measureId: string) =>
    docs.api('DELETE', `/votes/${measureId}`, token)
  /** The voter's dots as the store keeps them. */
  const dotsOf = async (participantId: string) =>
    Object.fromEntries(await server.context.store.dotsOf(created.workshop.id, participantId))
  const mine = (token: string) => docs.api('GET', '/votes/mine', token)
  const reveal = (revealed: boolean, token = created.facilitatorToken) =>
    docs.api('PUT', '/votes/reveal', token, { revealed })
  const expectError = (
    response: Awaited<ReturnType<typeof cast>>,
    status: number,
    code: string,
  ) => {
    expect(response.statusCode).toBe(status)
    expect(response.json().error.code).toBe(code)
  }
  /** Over the real socket, so that concurrent requests really overlap in the server. */
  const castOverHttp = (token: string, measureId: string) =>
    fetch(`${server.url}/api/workshops/${created.workshop.id}/votes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ measureId }),
    })

  it('[P20] casts and takes back a dot; the voter reads their own dots from the API', async () => {
    const first = await cast(anna.token, bosCard)
    expect(first.statusCode).toBe(200)
    expect(first.json<VoteResponse>()).toEqual<VoteResponse>({
      measureId: bosCard,
      onMeasure: 1,
      spent: 1,
      remaining: 4,
    })
    const second = await cast(anna.token, bosCard)
    expect(second.json<VoteResponse>()).toMatchObject({ onMeasure: 2, spent: 2, remaining: 3 })
    expect((await cast(anna.token, otherCard)).statusCode).toBe(200)
    expect((await cast(bo.token, otherCard)).statusCode).toBe(200)

    const annas = await mine(anna.token)
    expect(annas.statusCode).toBe(200)
    expect(annas.headers['cache-control']).toBe('no-store')
    expect(annas.json<MyVotesResponse>()).toEqual<MyVotesResponse>({
      votes: { [bosCard]: 2, [otherCard]: 1 },
      spent: 3,
      remaining: 2,
    })
    expect((await mine(bo.token)).json<MyVotesResponse>()).toEqual<MyVotesResponse>({
      votes: { [otherCard]: 1 },
      spent: 1,
      remaining: 4,
    })
    // whoever does not vote has no dots, and no way to read anyone's
    expect((await mine(created.facilitatorToken)).json<MyVotesResponse>()).toMatchObject({
      votes: {},
      spent: 0,
    })

    const back = await withdraw(anna.token, bosCard)
    expect(back.statusCode).toBe(200)
    expect(back.json<VoteResponse>()).toEqual<VoteResponse>({
      measureId: bosCard,
      onMeasure: 1,
      spent: 2,
      remaining: 3,
    })
    expect((await mine(anna.token)).json<MyVotesResponse>().votes).toEqual({
      [bosCard]: 1,
      [otherCard]: 1,
    })
    const anonymous = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${created.workshop.id}/votes/mine`,
    })
    expect(anonymous.statusCode).toBe(401)
  })

  it('never sends anyone’s dots to the room, nor any total before the reveal; after it, totals only', async () => {
    const reader = connectClient(server.syncUrl, created.workshop.id, 'ledger', bo.token)
    const received: Uint8Array[] = []
    try {
      await reader.synced()
      reader.doc.on('update', (update: Uint8Array) => received.push(update))
      for (const measureId of [bosCard, bosCard, otherCard]) {
        expect((await cast(anna.token, measureId)).statusCode).toBe(200)
      }
      expect((await withdraw(anna.token, otherCard)).statusCode).toBe(200)
      expect((await cast(bo.token, otherCard)).statusCode).toBe(200)
      // a later writer's update would have arrived after these; nothing did
      await docs.api('POST', `/measures/${bosCard}/reports`, bo.token, { reason: 'Check it' })
      await waitFor(() => received.length > 0, 'the report to arrive')
      const beforeReveal = Y.mergeUpdates(received)
      const text = Buffer.from(beforeReveal).toString('latin1')
      expect(text).not.toContain(anna.participant.id)
      expect(reader.doc.getMap('votes').size).toBe(0)
      expect(publishedVoteTotals(reader.doc)).toEqual(new Map())
      expect(reader.doc.getMap('results').size).toBe(0)

      received.length = 0
      const shown = await reveal(true)
      expect(shown.statusCode).toBe(200)
      expect(shown.json<RevealResultsResponse>()).toEqual<RevealResultsResponse>({
        revealed: true,
        totals: { [bosCard]: 2, [otherCard]: 1 },
      })
      await waitFor(() => publishedVoteTotals(reader.doc).size === 2, 'the totals to arrive')
      expect(reader.doc.getMap('results').toJSON()).toEqual({
        totals: { [bosCard]: 2, [otherCard]: 1 },
      })
      // every byte the reveal sent: no participant id, only measure ids and counts
      const revealBytes = Buffer.from(Y.mergeUpdates(received)).toString('latin1')
      for (const person of [anna, bo]) expect(revealBytes).not.toContain(person.participant.id)
      expect(reader.doc.getMap('votes').size).toBe(0)

      // while shown, each cast and withdrawal keeps the totals current
      expect((await cast(anna.token, otherCard)).statusCode).toBe(200)
      await waitFor(
        () => publishedVoteTotals(reader.doc).get(otherCard) === 2,
        'the new total to arrive',
      )
      expect((await withdraw(anna.token, bosCard)).statusCode).toBe(200)
      await waitFor(
        () => publishedVoteTotals(reader.doc).get(bosCard) === 1,
        'the lower total to arrive',
      )

      // hidden again: the totals leave the ledger
      const hidden = await reveal(false)
      expect(hidden.json<RevealResultsResponse>()).toEqual({ revealed: false, totals: null })
      await waitFor(() => reader.doc.getMap('results').size === 0, 'the totals to go')
      expect((await cast(bo.token, bosCard)).statusCode).toBe(200)
      expect(await docs.doc('ledger', (doc) => doc.getMap('results').size)).toBe(0)
      expect(await docs.doc('control', areResultsRevealed)).toBe(false)
    } finally {
      reader.destroy()
    }
  })

  it('lets only a facilitator reveal or hide the results, with a boolean', async () => {
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    for (const token of [anna.token, observer, planner]) {
      expectError(await reveal(true, token), 403, 'FORBIDDEN')
    }
    expect(await docs.doc('control', areResultsRevealed)).toBe(false)
    expectError(
      await docs.api('PUT', '/votes/reveal', created.facilitatorToken, { revealed: 'yes' }),
      400,
      'VALIDATION_FAILED',
    )
    expect((await reveal(true)).json<RevealResultsResponse>()).toEqual({
      revealed: true,
      totals: {},
    })
    expect(await docs.doc('control', areResultsRevealed)).toBe(true)
    // revealing twice changes nothing
    expect((await reveal(true)).statusCode).toBe(200)
  })

  it('moves dots a ledger from before secret voting still holds into the store, once', async () => {
    await docs.doc('ledger', (doc) => {
      doc.getMap('votes').set(`${anna.participant.id}:${bosCard}`, 2)
      doc.getMap('votes').set(`${bo.participant.id}:${otherCard}`, 1)
    })
    expect((await mine(anna.token)).json<MyVotesResponse>().votes).toEqual({ [bosCard]: 2 })
    expect(await docs.doc('ledger', (doc) => doc.getMap('votes').size)).toBe(0)
    expect((await cast(anna.token, bosCard)).json<VoteResponse>().onMeasure).toBe(3)
    expect(await dotsOf(bo.participant.id)).toEqual({ [otherCard]: 1 })
  })

  it('[P20] refuses casting and withdrawing outside a vote phase (403 PHASE_CLOSED)', async () => {
    expect((await cast(anna.token, bosCard)).statusCode).toBe(200)
    await docs.enterPhase('results')
    expectError(await cast(anna.token, bosCard), 403, 'PHASE_CLOSED')
    expectError(await withdraw(anna.token, bosCard), 403, 'PHASE_CLOSED')
    // before the agenda starts, voting waits too
    await docs.doc('control', (doc) => setCurrentPhase(doc, null))
    expectError(await cast(anna.token, bosCard), 403, 'PHASE_CLOSED')
    expect(await dotsOf(anna.participant.id)).toEqual({ [bosCard]: 1 })
  })

  it('[P20] refuses a dot over the budget (409 VOTE_BUDGET_SPENT) and leaves the dots as they were', async () => {
    for (let i = 0; i < 3; i++) expect((await cast(anna.token, bosCard)).statusCode).toBe(200)
    for (let i = 0; i < 2; i++) expect((await cast(anna.token, otherCard)).statusCode).toBe(200)
    const over = await cast(anna.token, otherCard)
    expectError(over, 409, 'VOTE_BUDGET_SPENT')
    expect(over.json().error.message).toBe('You have spent all your dots')
    expect(await dotsOf(anna.participant.id)).toEqual({ [bosCard]: 3, [otherCard]: 2 })
  })

  it('[P20] refuses more dots on one card than the maximum (409 VOTE_LIMIT_REACHED)', async () => {
    await docs.doc('control', (doc) => setVotingSettings(doc, { maxPerMeasure: 2 }))
    for (let i = 0; i < 2; i++) expect((await cast(anna.token, bosCard)).statusCode).toBe(200)
    expectError(await cast(anna.token, bosCard), 409, 'VOTE_LIMIT_REACHED')
    expect(await dotsOf(anna.participant.id)).toEqual({ [bosCard]: 2 })
  })

  it('[P20] refuses a dot on one’s own card when own proposals are excluded (403 OWN_MEASURE)', async () => {
    expect((await cast(bo.token, bosCard)).statusCode).toBe(200)
    await docs.doc('control', (doc) => setVotingSettings(doc, { excludeOwn: true }))
    expectError(await cast(bo.token, bosCard), 403, 'OWN_MEASURE')
    expect((await cast(bo.token, otherCard)).statusCode).toBe(200)
    // the dot cast before the rule came in can still be taken back
    expect((await withdraw(bo.token, bosCard)).statusCode).toBe(200)
  })

  it('[P20] refuses a dot on a hidden, merged, withdrawn or pending card (409 MEASURE_UNAVAILABLE)', async () => {
    const by = { by: created.participant.id }
    const hidden = await docs.addCard(bo.participant.id, 'Hidden')
    const merged = await docs.addCard(bo.participant.id, 'Merged')
    const withdrawn = await docs.addCard(bo.participant.id, 'Withdrawn')
    await docs.doc('ledger', (doc) => {
      hideMeasure(doc, hidden, 'Off topic', by)
      mergeMeasure(doc, merged, otherCard, by)
    })
    await docs.doc('board', (doc) =>
      withdrawMeasure(doc, withdrawn, { participantId: bo.participant.id, role: 'participant' }),
    )
    await docs.doc('ledger', (doc) => setPreModeration(doc, true, [bosCard, otherCard], by))
    const pending = await docs.addCard(bo.participant.id, 'Waiting for approval')

    for (const measureId of [hidden, merged, withdrawn, pending]) {
      const response = await cast(anna.token, measureId)
      expectError(response, 409, 'MEASURE_UNAVAILABLE')
    }
    expect(await dotsOf(anna.participant.id)).toEqual({})
    // the cards approved when pre-moderation came on still take dots
    expect((await cast(anna.token, bosCard)).statusCode).toBe(200)
  })

  it('[P20] refuses observers, facilitators and planners (403 FORBIDDEN)', async () => {
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    const planner = await server.tokenFor(created.workshop.id, 'planner')
    for (const token of [observer, planner, created.facilitatorToken]) {
      expectError(await cast(token, bosCard), 403, 'FORBIDDEN')
      expectError(await withdraw(token, bosCard), 403, 'FORBIDDEN')
    }
    expect(await server.context.store.listVotes(created.workshop.id)).toEqual([])
  })

  it('takes who votes from the signed token only: forged body fields change nothing', async () => {
    const forged = await cast(anna.token, bosCard, {
      role: 'facilitator',
      participantId: bo.participant.id,
      count: 5,
    })
    expect(forged.statusCode).toBe(200)
    expect(await dotsOf(anna.participant.id)).toEqual({ [bosCard]: 1 })
    expect(await dotsOf(bo.participant.id)).toEqual({})

    const observer = await server.tokenFor(created.workshop.id, 'observer')
    expectError(await cast(observer, bosCard, { role: 'participant' }), 403, 'FORBIDDEN')

    // a token whose role was rewritten no longer verifies
    const [header, payload, signature] = anna.token.split('.')
    const upgraded = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        role: 'company',
      }),
    ).toString('base64url')
    expectError(await cast(`${header}.${upgraded}.${signature}`, bosCard), 401, 'UNAUTHORIZED')
  })

  it('[P20] never overspends: one participant’s 12 casts at once from two tabs leave exactly 5 dots', async () => {
    await docs.doc('control', (doc) => setVotingSettings(doc, { maxPerMeasure: 5 }))
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => castOverHttp(anna.token, i % 2 ? bosCard : otherCard)),
    )
    const statuses = responses.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(5)
    expect(statuses.filter((s) => s === 409)).toHaveLength(7)
    // each cast was counted after the one before it, never beside it
    const accepted = responses.filter((r) => r.status === 200)
    const spent = await Promise.all(accepted.map(async (r) => (await r.json()).spent as number))
    expect(spent.sort()).toEqual([1, 2, 3, 4, 5])
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect((await refused.json()).error.code).toBe('VOTE_BUDGET_SPENT')
    }
    expect((await mine(anna.token)).json<MyVotesResponse>().spent).toBe(5)
  })

  it('[P20] never overspends with the per-card maximum in play either, for two voters at once', async () => {
    const burst = (token: string) =>
      Array.from({ length: 12 }, (_, i) => castOverHttp(token, i % 2 ? bosCard : otherCard))
    const responses = await Promise.all([...burst(anna.token), ...burst(bo.token)])
    expect(responses.filter((r) => r.status === 200)).toHaveLength(10)
    for (const voter of [anna, bo]) {
      const dots = await dotsOf(voter.participant.id)
      expect(Object.values(dots).reduce((a, b) => a + b, 0)).toBe(5)
      // the default maximum is 3 a card, so 5 dots over two cards are 3 + 2
      expect(Object.values(dots).sort()).toEqual([2, 3])
    }
  })

  it('answers 401 to an expired token, a removed participant or no token', async () => {
    const expired = await server.context.tokens.sign(
      {
        workshopId: created.workshop.id,
        participantId: anna.participant.id,
        role: 'participant',
        actorId: null,
      },
      -1,
    )
    expectError(await cast(expired, bosCard), 401, 'UNAUTHORIZED')

    expect((await cast(anna.token, bosCard)).statusCode).toBe(200)
    const removal = await docs.api(
      'DELETE',
      `/participants/${anna.participant.id}`,
      created.facilitatorToken,
    )
    expect(removal.statusCode).toBe(200)
    expectError(await cast(anna.token, bosCard), 401, 'PARTICIPANT_REMOVED')
    expectError(await withdraw(anna.token, bosCard), 401, 'PARTICIPANT_REMOVED')

    const anonymous = await server.app.inject({
      method: 'POST',
      url: `/api/workshops/${created.workshop.id}/votes`,
      payload: { measureId: bosCard },
    })
    expect(anonymous.statusCode).toBe(401)
  })

  it('answers 400 to a bad body, 404 to an unknown card, 409 to taking back a dot one has not', async () => {
    for (const body of [{}, { measureId: '' }, { measureId: 7 }, { measureId: 'x'.repeat(65) }]) {
      expectError(await docs.api('POST', '/votes', anna.token, body), 400, 'VALIDATION_FAILED')
    }
    expectError(await cast(anna.token, 'no-such-card'), 404, 'NOT_FOUND')
    expectError(await withdraw(anna.token, 'no-such-card'), 404, 'NOT_FOUND')
    expectError(await withdraw(anna.token, bosCard), 409, 'NO_VOTE_TO_WITHDRAW')
    const otherWorkshop = await server.createWorkshop()
    const stranger = await server.join(otherWorkshop.joinCode)
    expectError(await cast(stranger.token, bosCard), 403, 'FORBIDDEN')
  })
})
