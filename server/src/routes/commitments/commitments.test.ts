import {
  type Commitment,
  type CommitmentResponse,
  type CreateWorkshopResponse,
  computePathway,
  emptyBaseline,
  getMeasure,
  type JoinResponse,
  listCommitments,
  listMeasures,
  listPhases,
  type MeasureStatus,
  setCurrentPhase,
  setMeasureStatus,
} from '@pactboard/shared'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient } from '../../../test/helpers/clients.ts'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { waitFor } from '../../../test/helpers/waitFor.ts'
import { runningWorkshop } from '../../../test/helpers/workshopDocs.ts'

describe('commitments', () => {
  let server: TestServer
  let created: CreateWorkshopResponse
  let energy: JoinResponse
  let bakery: JoinResponse
  let measureId: string
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    ;({
      created,
      people: { energy, bakery },
      cards: { measureId },
    } = await runningWorkshop(server, {
      people: {
        energy: {
          role: 'company',
          displayName: 'Erik',
          actor: { name: 'Umeå Energi', kind: 'utility' },
        },
        bakery: {
          role: 'company',
          displayName: 'Berit',
          actor: { name: 'Berits bageri', kind: 'sme' },
        },
      },
      // the energy company's proposal, carrying its actor
      cards: { measureId: { by: 'energy' } },
    }))
  })

  const url = () => `/api/workshops/${created.workshop.id}/commitments`
  const pledge = (overrides: object = {}) => ({
    actorId: energy.participant.actorId,
    measureId,
    text: 'We put solar panels on all our depots.',
    target: { value: 1200, unit: 'tCO2e/yr', year: 2030 },
    ...overrides,
  })
  const sign = (token: string, body: object = pledge()) =>
    server.app.inject({
      method: 'POST',
      url: url(),
      payload: body,
      headers: { authorization: `Bearer ${token}` },
    })
  const withdraw = (token: string, id: string) =>
    server.app.inject({
      method: 'DELETE',
      url: `${url()}/${id}`,
      headers: { authorization: `Bearer ${token}` },
    })
  const ledger = () =>
    server.context.registry.write({ workshopId: created.workshop.id, doc: 'ledger' }, (doc) =>
      listCommitments(doc),
    )

  it('[P11] records a representative’s signature for their own organisation, seen live', async () => {
    const observer = await server.tokenFor(created.workshop.id, 'observer')
    const reader = connectClient(server.syncUrl, created.workshop.id, 'ledger', observer)
    try {
      await reader.synced()
      const before = Date.now()
      const response = await sign(energy.token)
      expect(response.statusCode).toBe(201)
      const { commitment } = response.json<CommitmentResponse>()
      expect(commitment).toMatchObject({
        ...pledge(),
        signedBy: energy.participant.id,
        withdrawn: null,
      })
      expect(Date.parse(commitment.signedAt)).toBeGreaterThanOrEqual(before - 1)
      await waitFor(() => listCommitments(reader.doc).length === 1, 'the signature to arrive')
      expect(listCommitments(reader.doc)).toEqual([commitment])
    } finally {
      reader.destroy()
    }
  })

  it('[P11] refuses a signature for another organisation (a forged actorId)', async () => {
    const response = await sign(bakery.token)
    expect(response.statusCode).toBe(403)
    expect(response.json().error).toMatchObject({
      code: 'FORBIDDEN',
      message: 'You may sign commitments only for your own organisation',
    })
    expect(await ledger()).toEqual([])
  })

  it('[P11] refuses a signature from a participant, an observer, a planner or a facilitator', async () => {
    const participant = (await server.join(created.joinCode)).token
    const others = await Promise.all(
      (['observer', 'planner'] as const).map((role) => server.tokenFor(created.workshop.id, role)),
    )
    for (const token of [participant, ...others, created.facilitatorToken]) {
      const response = await sign(token)
      expect(response.statusCode).toBe(403)
      expect(response.json().error.code).toBe('FORBIDDEN')
    }
    expect(await ledger()).toEqual([])
  })

  it('answers 401 to an expired token or none', async () => {
    const expired = await server.context.tokens.sign(
      {
        workshopId: created.workshop.id,
        participantId: energy.participant.id,
        role: 'company',
        actorId: energy.participant.actorId,
      },
      -1,
    )
    expect((await sign(expired)).statusCode).toBe(401)
    const anonymous = await server.app.inject({ method: 'POST', url: url(), payload: pledge() })
    expect(anonymous.statusCode).toBe(401)
  })

  it('answers 400 for an unknown measure or a bad body, and 404 for an unknown actor', async () => {
    const unknownMeasure = await sign(energy.token, pledge({ measureId: 'no-such-measure' }))
    expect(unknownMeasure.statusCode).toBe(400)
    expect(unknownMeasure.json().error.issues).toEqual([
      { path: 'measureId', message: 'No such measure on the board' },
    ])
    const bad = await sign(energy.token, pledge({ text: '', target: { value: 1 } }))
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('VALIDATION_FAILED')

    const ghost = await server.context.tokens.sign(
      { workshopId: created.workshop.id, participantId: 'p-x', role: 'company', actorId: 'ghost' },
      1,
    )
    const unknownActor = await sign(ghost, pledge({ actorId: 'ghost' }))
    expect(unknownActor.statusCode).toBe(404)
    // a commitment needs no measure
    expect((await sign(energy.token, pledge({ measureId: null }))).statusCode).toBe(201)
  })

  it('records who withdrew a signature and when, and keeps what was signed', async () => {
    const signed = (await sign(energy.token)).json<CommitmentResponse>().commitment
    expect((await withdraw(bakery.token, signed.id)).statusCode).toBe(403)
    const participant = (await server.join(created.joinCode)).token
    expect((await withdraw(participant, signed.id)).statusCode).toBe(403)

    const response = await withdraw(energy.token, signed.id)
    expect(response.statusCode).toBe(200)
    const { commitment } = response.json<CommitmentResponse>()
    expect(commitment).toEqual<Commitment>({
      ...signed,
      withdrawn: { by: energy.participant.id, at: commitment.withdrawn!.at },
    })
    expect(await ledger()).toEqual([commitment])
    expect((await withdraw(energy.token, 'nope')).statusCode).toBe(404)
  })

  it('lets a facilitator withdraw any signature, and never edit one', async () => {
    const signed = (
      await sign(bakery.token, pledge({ actorId: bakery.participant.actorId }))
    ).json<CommitmentResponse>().commitment
    const response = await withdraw(created.facilitatorToken, signed.id)
    expect(response.statusCode).toBe(200)
    expect(response.json<CommitmentResponse>().commitment.withdrawn?.by).toBe(
      created.participant.id,
    )
    for (const method of ['PUT', 'PATCH'] as const) {
      const edit = await server.app.inject({
        method,
        url: `${url()}/${signed.id}`,
        payload: { text: 'We promise less.' },
        headers: { authorization: `Bearer ${bakery.token}` },
      })
      expect(edit.statusCode).toBe(404)
    }
    expect((await ledger())[0]?.text).toBe(signed.text)
  })

  it('[P16] refuses a signature in a phase that does not open signing (403 PHASE_CLOSED)', async () => {
    await server.context.registry.write(
      { workshopId: created.workshop.id, doc: 'control' },
      (doc) => {
        const propose = listPhases(doc).find((phase) => phase.kind === 'propose')
        if (!propose) throw new Error('No propose phase on the agenda')
        setCurrentPhase(doc, propose.id)
      },
    )
    const response = await sign(energy.token)
    expect(response.statusCode).toBe(403)
    expect(response.json().error).toEqual({
      code: 'PHASE_CLOSED',
      message: 'Signing commitments is closed in the current phase',
    })
    expect(await ledger()).toEqual([])
  })

  describe('[P24] a standing signature commits its measure', () => {
    const board = <T>(read: (doc: import('yjs').Doc) => T) =>
      server.context.registry.write({ workshopId: created.workshop.id, doc: 'board' }, read)
    const statusNow = () => board((doc) => getMeasure(doc, measureId)?.status)
    const setStatus = (status: MeasureStatus) =>
      board((doc) => setMeasureStatus(doc, measureId, status))
    const signed = async (token: string, body: object = pledge()) => {
      const response = await sign(token, body)
      expect(response.statusCode).toBe(201)
      return response.json<CommitmentResponse>().commitment
    }

    it('moves a measure in the plan to committed, and the pathway counts it in the committed band', async () => {
      await setStatus('in_plan')
      const commitment = await signed(energy.token)
      expect(commitment.measureStatusBefore).toBe('in_plan')
      expect(await statusNow()).toBe('committed')
      const measures = await board((doc) => listMeasures(doc))
      const baseline = emptyBaseline(2019)
      baseline.emissionsBySector.stationary_energy.scope1TCO2ePerYear = 8000
      const figures = { baseline, target: { targetYear: 2030, reductionPct: 80 } }
      const pathway = computePathway(figures, measures)
      const measure = measures.find((m) => m.id === measureId)!
      const fullYear = figures.target.targetYear
      const fullEffect = Object.values(measure.reduction.tCO2ePerYearBySector).reduce(
        (sum, t) => sum + (t ?? 0),
        0,
      )
      expect(fullEffect).toBeGreaterThan(0)
      const last = pathway.years.find((y) => y.year === fullYear)!
      expect(last.reductionTCO2e.committed).toBeGreaterThan(0)
      expect(last.reductionTCO2e.in_plan).toBe(0)
    })

    it('puts the status back when the last standing signature is withdrawn, not before', async () => {
      await setStatus('prioritised')
      const first = await signed(energy.token)
      const second = await signed(bakery.token, pledge({ actorId: bakery.participant.actorId }))
      expect(second.measureStatusBefore).toBeNull()
      expect((await withdraw(energy.token, first.id)).statusCode).toBe(200)
      expect(await statusNow()).toBe('committed')
      expect((await withdraw(created.facilitatorToken, second.id)).statusCode).toBe(200)
      expect(await statusNow()).toBe('prioritised')
    })

    it('leaves a status a planner set to committed alone when a signature goes', async () => {
      await setStatus('committed')
      const commitment = await signed(energy.token)
      expect(commitment.measureStatusBefore).toBeNull()
      expect((await withdraw(energy.token, commitment.id)).statusCode).toBe(200)
      expect(await statusNow()).toBe('committed')
    })

    it('follows the ledger when a signature and a withdrawal race', async () => {
      await setStatus('in_plan')
      const first = await signed(energy.token)
      const [, racing] = await Promise.all([
        withdraw(energy.token, first.id),
        sign(bakery.token, pledge({ actorId: bakery.participant.actorId })),
      ])
      expect(racing.statusCode).toBe(201)
      expect(await statusNow()).toBe('committed')
    })

    it('keeps a target in other units with its tCO2e equivalent and method, and refuses a bad one', async () => {
      const target = {
        value: 40,
        unit: 'cargo bikes',
        year: 2028,
        tCO2eEquivalent: { tCO2ePerYear: 62, method: '40 bikes × 9,000 km a year replacing vans' },
      }
      const commitment = await signed(energy.token, pledge({ target }))
      expect(commitment.target).toEqual(target)
      for (const tCO2eEquivalent of [
        { tCO2ePerYear: -5, method: 'negative' },
        { tCO2ePerYear: 5, method: '' },
        { tCO2ePerYear: Number.MAX_VALUE, method: 'too large' },
        { tCO2ePerYear: 5 },
      ]) {
        const response = await sign(
          energy.token,
          pledge({ target: { ...target, tCO2eEquivalent } }),
        )
        expect(response.statusCode).toBe(400)
      }
    })

    it('refuses a client-written measureStatusBefore: the server records it', async () => {
      await setStatus('in_plan')
      const commitment = await signed(energy.token, {
        ...pledge(),
        measureStatusBefore: 'rejected',
      })
      expect(commitment.measureStatusBefore).toBe('in_plan')
    })
  })
})
