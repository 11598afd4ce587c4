import {
  type CreateWorkshopResponse,
  type MyProposalsResponse,
  withdrawMeasure,
} from '@pactboard/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'
import { setUpWorkspace } from '../account/staffTestKit.ts'
import {
  asStaff,
  bringIn as bringInto,
  type Proposer,
  proposer,
  setStatus as setStatusOf,
  workspaceWorkshop,
} from '../candidates/candidateTestKit.ts'

describe('[W11] what happened to my proposals', () => {
  let server: TestServer
  let malmo: string
  let evening: CreateWorkshopResponse
  let breakfast: CreateWorkshopResponse
  let anna: Proposer
  let bo: Proposer
  let cai: Proposer
  beforeAll(async () => {
    server = await startServer()
    malmo = (await setUpWorkspace(server, 'admin@malmo.se')).cookie
    evening = await workspaceWorkshop(server, malmo, 'Kvällsmöte')
    breakfast = await workspaceWorkshop(server, malmo, 'Frukostmöte')
    anna = await proposer(server, evening, 'Anna Lindqvist')
    bo = await proposer(server, evening, 'Bo Ek')
    cai = await proposer(server, breakfast, 'Cai Berg')
  })
  afterAll(() => server.close())

  const bringIn = (workshop: CreateWorkshopResponse, measureId: string) =>
    bringInto(server, malmo, workshop, measureId)
  const setStatus = (id: string, body: object) => setStatusOf(server, malmo, id, body)
  const myProposals = (token: string, workshopId = evening.workshop.id) =>
    server.app.inject({
      method: 'GET',
      url: `/api/workshops/${workshopId}/my-proposals`,
      headers: { authorization: `Bearer ${token}` },
    })

  it('says, for each of my measures and no one else’s, its status, a rejection’s reason, and what it joined', async () => {
    const reason = 'The tram line planned for 2028 runs along the same street.'
    const rejected = await anna.propose('Bus lane on Storgatan')
    await setStatus(await bringIn(evening, rejected), { status: 'rejected', reason })
    const inPlan = await anna.propose('Solar roofs on schools')
    await setStatus(await bringIn(evening, inPlan), { status: 'in_plan' })
    // merged in the list into a measure of another workshop, which planners then prioritised
    const duplicate = await anna.propose('Bike lanes downtown')
    const survivor = await bringIn(breakfast, await cai.propose('Cycle paths in the centre'))
    await asStaff(
      server,
      malmo,
      'POST',
      `/api/workspace/candidates/${await bringIn(evening, duplicate)}/merge`,
      {
        into: survivor,
      },
    )
    await setStatus(survivor, { status: 'prioritised' })
    const waiting = await anna.propose('Library of things')
    const withdrawn = await anna.propose('Something I thought better of')
    await workshopDocs(server, evening.workshop.id).doc('board', (doc) =>
      withdrawMeasure(doc, withdrawn, {
        participantId: anna.joined.participant.id,
        role: 'participant',
      }),
    )
    const bos = await bo.propose('Bo’s own idea')
    await setStatus(await bringIn(evening, bos), {
      status: 'rejected',
      reason: 'Not for Anna to read',
    })

    const response = await myProposals(anna.joined.token)
    expect(response.statusCode).toBe(200)
    const { proposals } = response.json<MyProposalsResponse>()
    // the oldest first; measures proposed within one millisecond come in either order
    expect(new Map(proposals.map((p) => [p.measureId, p.outcome]))).toEqual(
      new Map<string, unknown>([
        [rejected, { kind: 'candidate', state: { status: 'rejected', reason } }],
        [inPlan, { kind: 'candidate', state: { status: 'in_plan' } }],
        [
          duplicate,
          {
            kind: 'merged',
            intoTitle: 'Cycle paths in the centre',
            state: { status: 'prioritised' },
          },
        ],
        [waiting, { kind: 'waiting' }],
        [withdrawn, { kind: 'withdrawn' }],
      ]),
    )
    const times = proposals.map((p) => p.proposedAt)
    expect(times).toEqual([...times].sort())
    expect(proposals.find((p) => p.measureId === rejected)).toMatchObject({
      title: 'Bus lane on Storgatan',
      proposedAt: expect.any(String),
    })
    // never anyone's name, nor another person's measure or reason
    for (const text of [
      'Anna Lindqvist',
      'Bo Ek',
      'Cai Berg',
      bo.joined.participant.id,
      'Not for Anna',
    ]) {
      expect(response.body).not.toContain(text)
    }
  })

  it('follows a card the facilitator merged on the board to what it joined', async () => {
    const mine = await anna.propose('Trees along the river')
    const theirs = await bo.propose('A riverside park')
    const merged = await workshopDocs(server, evening.workshop.id).api(
      'POST',
      `/measures/${mine}/merge`,
      evening.facilitatorToken,
      { into: theirs },
    )
    expect(merged.statusCode).toBe(200)
    const outcome = async () =>
      (await myProposals(anna.joined.token))
        .json<MyProposalsResponse>()
        .proposals.find((p) => p.measureId === mine)?.outcome
    expect(await outcome()).toEqual({ kind: 'merged', intoTitle: 'A riverside park', state: null })
    await setStatus(await bringIn(evening, theirs), { status: 'discussed' })
    expect(await outcome()).toEqual({
      kind: 'merged',
      intoTitle: 'A riverside park',
      state: { status: 'discussed' },
    })
  })

  it('answers only the token’s own workshop, never staff, and nobody without a token', async () => {
    const otherWorkshop = await myProposals(anna.joined.token, breakfast.workshop.id)
    expect(otherWorkshop.statusCode).toBe(403)
    expect((await myProposals(evening.facilitatorToken)).statusCode).toBe(403)
    const none = await server.app.inject({
      method: 'GET',
      url: `/api/workshops/${evening.workshop.id}/my-proposals`,
    })
    expect(none.statusCode).toBe(401)
    expect((await myProposals('forged.token.here')).statusCode).toBe(401)
  })

  it('says "waiting" for everything in a workshop that belongs to no workspace', async () => {
    const anonymous = await server.createWorkshop()
    const joined = await server.join(anonymous.joinCode, { displayName: 'Dana' })
    await workshopDocs(server, anonymous.workshop.id).addCard(joined.participant.id, 'Compost bins')
    const response = await myProposals(joined.token, anonymous.workshop.id)
    expect(response.json<MyProposalsResponse>().proposals).toEqual([
      expect.objectContaining({ title: 'Compost bins', outcome: { kind: 'waiting' } }),
    ])
  })

  it('limits the asking per participant', async () => {
    const limited = await startServer({ RATE_LIMIT_MY_PROPOSALS_PER_MINUTE: '2' })
    try {
      const created = await limited.createWorkshop()
      const joined = await limited.join(created.joinCode, { displayName: 'Dana' })
      const ask = () =>
        limited.app.inject({
          method: 'GET',
          url: `/api/workshops/${created.workshop.id}/my-proposals`,
          headers: { authorization: `Bearer ${joined.token}` },
        })
      expect([(await ask()).statusCode, (await ask()).statusCode]).toEqual([200, 200])
      expect((await ask()).statusCode).toBe(429)
    } finally {
      await limited.close()
    }
  })
})
