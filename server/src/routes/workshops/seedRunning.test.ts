import {
  type CreateWorkshopResponse,
  getModerationRecord,
  getVotingSettings,
  isPreModerationOn,
  listMeasures,
  listModerationLog,
  moderatedCards,
  readModeration,
  type VotingSettings,
  type WorkshopSettings,
} from '@pactboard/shared'
import type { PlanExport } from '@pactboard/shared/plan'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../../test/helpers/server.ts'
import { workshopDocs } from '../../../test/helpers/workshopDocs.ts'

describe('a new workshop’s voting rules and pre-moderation', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  const create = (settings: Partial<WorkshopSettings>) => server.createWorkshop({ settings })
  async function importFile(file: PlanExport): Promise<CreateWorkshopResponse> {
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/workshops/import',
      payload: file,
    })
    expect(response.statusCode).toBe(201)
    return response.json<CreateWorkshopResponse>()
  }
  const pendingIds = (workshopId: string) => {
    const docs = workshopDocs(server, workshopId)
    return Promise.all([docs.doc('board', listMeasures), docs.doc('ledger', readModeration)]).then(
      ([measures, moderation]) =>
        moderatedCards(measures, moderation)
          .filter((card) => card.pending)
          .map((card) => card.measure.id),
    )
  }

  it('takes its voting rules from its settings, without pre-moderation by default', async () => {
    const created = await create({ voteBudgetPerParticipant: 7, maxVotesPerMeasure: 2 })
    const docs = workshopDocs(server, created.workshop.id)
    expect(await docs.doc('control', getVotingSettings)).toEqual<VotingSettings>({
      budgetPerParticipant: 7,
      maxPerMeasure: 2,
      excludeOwn: false,
    })
    expect(await docs.doc('ledger', isPreModerationOn)).toBe(false)
    expect(await docs.doc('ledger', listModerationLog)).toEqual([])
  })

  it('[P17] starts with pre-moderation, switched on by its facilitator, when its settings ask', async () => {
    const created = await create({ moderation: true })
    const docs = workshopDocs(server, created.workshop.id)
    expect(await docs.doc('ledger', isPreModerationOn)).toBe(true)
    expect(await docs.doc('ledger', listModerationLog)).toMatchObject([
      { action: 'pre_moderation_on', by: created.participant.id },
    ])
    const anna = await server.join(created.joinCode)
    const card = await docs.addCard(anna.participant.id)
    expect(await pendingIds(created.workshop.id)).toEqual([card])
  })

  it('keeps moderation through a JSON export and import', async () => {
    const created = await create({ moderation: true, voteBudgetPerParticipant: 4 })
    const docs = workshopDocs(server, created.workshop.id)
    const anna = await server.join(created.joinCode)
    const hidden = await docs.addCard(anna.participant.id, 'Hidden')
    const pending = await docs.addCard(anna.participant.id, 'Waiting')
    const hide = await docs.api('POST', `/measures/${hidden}/hide`, created.facilitatorToken, {
      reason: 'Off topic',
    })
    expect(hide.statusCode).toBe(200)
    const exported = await docs.api('GET', '/export?format=json', created.facilitatorToken)
    const file = exported.json<PlanExport>()
    expect(file.moderation.log.map((e) => e.action)).toEqual(['pre_moderation_on', 'hide'])

    const imported = await importFile(file)
    const copy = workshopDocs(server, imported.workshop.id)
    expect(await copy.doc('ledger', listModerationLog)).toEqual(file.moderation.log)
    expect((await copy.doc('ledger', (d) => getModerationRecord(d, hidden))).hidden?.reason).toBe(
      'Off topic',
    )
    // still waiting for approval, like the hidden card, which was never approved either
    expect((await pendingIds(imported.workshop.id)).sort()).toEqual([hidden, pending].sort())
    expect((await copy.doc('control', getVotingSettings)).budgetPerParticipant).toBe(4)
  })

  it('switches pre-moderation on at import from the settings of a file made before moderation', async () => {
    const created = await create({ moderation: true })
    const docs = workshopDocs(server, created.workshop.id)
    const card = await docs.addCard(created.participant.id)
    const exported = await docs.api('GET', '/export?format=json', created.facilitatorToken)
    const { moderation: _dropped, ...older } = exported.json<PlanExport>()

    const imported = await importFile(older as PlanExport)
    const copy = workshopDocs(server, imported.workshop.id)
    expect(await copy.doc('ledger', isPreModerationOn)).toBe(true)
    expect(await copy.doc('ledger', listModerationLog)).toMatchObject([
      { action: 'pre_moderation_on', by: imported.participant.id },
    ])
    // the imported cards were on the board already: approved by the switch
    expect((await copy.doc('ledger', (d) => getModerationRecord(d, card))).approved).not.toBeNull()
  })
})
