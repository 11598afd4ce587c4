import {
  addComment,
  type CreateWorkshopResponse,
  commentsByMeasure,
  getAgendaState,
  isAgendaSeeded,
  listMeasures,
  listPhases,
  type ServerTimeResponse,
  seedAgenda,
  setCurrentPhase,
  WORKSHOP_TEMPLATES,
} from '@pactboard/shared'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { connectClient, propose, type TestClient } from './helpers/clients.ts'
import { startServer, type TestServer } from './helpers/server.ts'
import { sleep, waitFor } from './helpers/waitFor.ts'

/** Issue 3, "Phases and agenda": the agenda from the template, and [P16] enforced by the server. */
describe('phases', () => {
  let server: TestServer
  let workshop: CreateWorkshopResponse
  let participantToken: string
  const clients: TestClient[] = []

  const connect = (doc: 'board' | 'control', token: string) => {
    const client = connectClient(server.syncUrl, workshop.workshop.id, doc, token)
    clients.push(client)
    return client
  }
  const titles = (client: TestClient) => listMeasures(client.doc).map((m) => m.title)
  const storedTitles = async () =>
    listMeasures(await server.storedDoc(workshop.workshop.id, 'board')).map((m) => m.title)
  /** The facilitator moves the workshop to the phase of `kind`, over the control doc. */
  const moveTo = async (control: TestClient, kind: string) => {
    const phase = listPhases(control.doc).find((p) => p.kind === kind)!
    setCurrentPhase(control.doc, phase.id)
    await waitFor(async () => {
      const state = await server.context.registry.write(
        { workshopId: workshop.workshop.id, doc: 'control' },
        getAgendaState,
      )
      return state.currentPhaseId === phase.id
    }, `the ${kind} phase to reach the server`)
  }

  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workshop = await server.createWorkshop()
    participantToken = (await server.join(workshop.joinCode)).token
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
  })

  it('seeds the agenda of every template once, in the workshop language', async () => {
    const expected = {
      citizen_workshop: ['Välkommen', 'Förslag', 'Diskussion', 'Omröstning', 'Resultat'],
      business_breakfast: ['Förslag', 'Bearbetning', 'Åtaganden'],
      planner_sprint: ['Sammanställning', 'Prioritering', 'Utkast'],
    }
    for (const template of WORKSHOP_TEMPLATES) {
      const { workshop: created } = await server.createWorkshop({
        title: 'Klimatkväll',
        language: 'sv',
        template,
      })
      const key = { workshopId: created.id, doc: 'control' } as const
      const before = await server.context.store.docStats(key)
      const seeded = await server.context.registry.write(key, (doc) => ({
        titles: listPhases(doc).map((p) => p.title),
        seeded: isAgendaSeeded(doc),
        again: seedAgenda(doc, 'citizen_workshop', 'en'),
      }))
      expect(seeded).toEqual({ titles: expected[template], seeded: true, again: false })
      expect(await server.context.store.docStats(key)).toEqual(before)
    }
  })

  it('[P16][D2] refuses a participant’s board write in a closed phase: not stored, not relayed, told', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const facilitatorBoard = connect('board', workshop.facilitatorToken)
    const participant = connect('board', participantToken)
    await Promise.all([control.synced(), facilitatorBoard.synced(), participant.synced()])
    await moveTo(control, 'vote')

    propose(participant, 'Sneaked in during the vote')
    await waitFor(() => participant.denials.length > 0, 'the participant to be told')
    expect(participant.denials).toEqual(['read-only: the Vote phase is closed'])
    propose(facilitatorBoard, 'Facilitator note')
    await waitFor(() => titles(participant).includes('Facilitator note'), 'the relay')
    await sleep(50)
    expect(titles(facilitatorBoard)).toEqual(['Facilitator note'])
    expect(await storedTitles()).toEqual(['Facilitator note'])
    expect(participant.closeCodes).toEqual([])
  })

  it('[S2] never takes a proposal refused in a closed phase, even once the phase opens', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const facilitatorBoard = connect('board', workshop.facilitatorToken)
    const participant = connect('board', participantToken)
    await Promise.all([control.synced(), facilitatorBoard.synced(), participant.synced()])
    await moveTo(control, 'welcome')
    propose(participant, 'Too early')
    await waitFor(() => participant.denials.length > 0, 'the refusal')
    expect(participant.denials).toEqual(['read-only: the Welcome phase is closed'])
    expect(await storedTitles()).toEqual([])

    await moveTo(control, 'propose')
    // The same copy of the board still holds the refused proposal and builds on it: refused.
    propose(participant, 'Built on the refused one')
    await waitFor(() => participant.denials.length > 1, 'the second refusal')
    expect(participant.denials[1]).toMatch(/^refused: this builds on a refused change/)
    participant.provider.disconnect()
    participant.provider.connect()
    await sleep(100)
    expect(await storedTitles()).toEqual([])

    // A copy that starts over from the server's state proposes as anyone would.
    const fresh = connect('board', participantToken)
    await fresh.synced()
    propose(fresh, 'Bike lanes')
    await waitFor(() => titles(facilitatorBoard).includes('Bike lanes'), 'the proposal to arrive')
    expect(await storedTitles()).toEqual(['Bike lanes'])

    await moveTo(control, 'vote')
    propose(fresh, 'During the vote')
    await waitFor(() => fresh.denials.length > 0, 'the refusal in the vote')
    expect(fresh.denials[0]).toBe('read-only: the Vote phase is closed')
  })

  it('[S2] never takes a proposal the judge refused once applied, even once the phase opens', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const facilitatorBoard = connect('board', workshop.facilitatorToken)
    const participant = connect('board', participantToken)
    await Promise.all([control.synced(), facilitatorBoard.synced(), participant.synced()])
    // The board is open to comments here, so the proposal passes the gate; the judge refuses it
    // after Yjs applied it and the room goes back to what is stored.
    await moveTo(control, 'discuss')
    propose(participant, 'Sneaked in during the discussion')
    await waitFor(() => participant.denials.length > 0, 'the refusal')
    expect(participant.denials[0]).toMatch(/^refused: new proposals are closed/)

    await moveTo(control, 'propose')
    // The same copy reconnects and, syncing, sends the refused proposal again: still refused.
    participant.provider.disconnect()
    participant.provider.connect()
    await waitFor(() => participant.denials.length > 1, 'the refusal of the copy sent again')
    expect(participant.denials.at(-1)).toMatch(/^refused: this builds on a refused change/)
    await sleep(50)
    expect(titles(facilitatorBoard)).toEqual([])
    expect(await storedTitles()).toEqual([])
  })

  it('[P16] in a phase open to comments only, refuses a new proposal but takes a comment', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const facilitatorBoard = connect('board', workshop.facilitatorToken)
    const participant = connect('board', participantToken)
    await Promise.all([control.synced(), facilitatorBoard.synced(), participant.synced()])
    propose(facilitatorBoard, 'Bike lanes')
    await waitFor(() => titles(participant).includes('Bike lanes'), 'the card to arrive')
    await moveTo(control, 'discuss')

    const measureId = listMeasures(participant.doc)[0]!.id
    addComment(participant.doc, {
      measureId,
      authorParticipantId: participant.participantId,
      text: 'Start with Storgatan',
    })
    await waitFor(
      () => commentsByMeasure(facilitatorBoard.doc).get(measureId)?.length === 1,
      'the comment to be relayed',
    )
    propose(participant, 'Sneaked in during the discussion')
    await waitFor(() => participant.denials.length > 0, 'the participant to be told')
    expect(participant.denials).toEqual(['refused: new proposals are closed in the Discuss phase'])
    await sleep(50)
    expect(titles(facilitatorBoard)).toEqual(['Bike lanes'])
    expect(await storedTitles()).toEqual(['Bike lanes'])
    expect(participant.closeCodes).toEqual([])
  })

  it('[P16] refuses a company representative the same way', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const companyToken = await server.tokenFor(workshop.workshop.id, 'company')
    const company = connect('board', companyToken)
    await Promise.all([control.synced(), company.synced()])
    await moveTo(control, 'results')
    propose(company, 'Our offer')
    await waitFor(() => company.denials.length > 0, 'the company to be told')
    expect(company.denials).toEqual(['read-only: the Results phase is closed'])
    expect(await storedTitles()).toEqual([])
  })

  it('[P16] lets facilitator and planner write the board in every phase', async () => {
    const control = connect('control', workshop.facilitatorToken)
    const plannerToken = await server.tokenFor(workshop.workshop.id, 'planner')
    const facilitator = connect('board', workshop.facilitatorToken)
    const planner = connect('board', plannerToken)
    await Promise.all([control.synced(), facilitator.synced(), planner.synced()])
    await moveTo(control, 'vote')
    propose(facilitator, 'Merged card')
    propose(planner, 'Planner tweak')
    await waitFor(async () => (await storedTitles()).length === 2, 'both stored')
    expect(facilitator.denials).toEqual([])
    expect(planner.denials).toEqual([])
    await waitFor(() => titles(facilitator).length === 2, 'both relayed')
  })

  it('gates a board opened after the facilitator left the control doc', async () => {
    const control = connect('control', workshop.facilitatorToken)
    await control.synced()
    await moveTo(control, 'vote')
    control.destroy()
    const participant = connect('board', participantToken)
    await participant.synced()
    propose(participant, 'Late')
    await waitFor(() => participant.denials.length > 0, 'the refusal')
    expect(await storedTitles()).toEqual([])
  })

  it('tells the time: GET /api/time', async () => {
    const before = Date.now()
    const response = await server.app.inject({ method: 'GET', url: '/api/time' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-store')
    const { serverNowMs } = response.json<ServerTimeResponse>()
    expect(serverNowMs).toBeGreaterThanOrEqual(before)
    expect(serverNowMs).toBeLessThanOrEqual(Date.now())
  })
})
